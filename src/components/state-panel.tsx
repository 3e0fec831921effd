import type { ReactNode } from 'react';

interface StatePanelProps {
  kind: 'loading' | 'error' | 'empty' | 'notice' | 'success';
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/* Loading, error, empty and notice states share one frame so none of them is left as a blank area. */
export function StatePanel({ kind, title, children, action }: StatePanelProps) {
  const role = kind === 'error' ? 'alert' : 'status';
  return (
    <div className={`state-panel state-${kind}`} role={role}>
      <p className="state-title">{title}</p>
      {children}
      {action}
    </div>
  );
}
