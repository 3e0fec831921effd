import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();
// Rendered ahead of time there is no connection to speak of; assume one.
const assumeOnline = () => true;

/** Whether the browser says it is online; react-query pauses fetches while it is not and resumes them after. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, assumeOnline);
}
