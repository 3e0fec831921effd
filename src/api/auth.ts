import { useSyncExternalStore } from 'react';

/*
 * The editor's token for writes. It is kept in sessionStorage, so it lasts
 * for this tab only and is gone when the tab closes; never in localStorage,
 * which every tab and every later visit would share. Nothing else in the app
 * sees the token: requests get it as a header from here, and query keys carry
 * only `session`, a count of sign-ins and sign-outs.
 */

const KEY = 'crisis-dashboard:token';

export interface AuthState {
  /** Whether a token is held. */
  signedIn: boolean;
  /** Whether the API has answered 401: it wants a token that is missing or was refused. */
  required: boolean;
  /** Whether the last token held was refused: mistyped, or revoked. */
  refused: boolean;
  /** Grows at every sign-in and sign-out, so answers that depend on the token are fetched again. */
  session: number;
}

function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let token = typeof sessionStorage === 'undefined' ? null : readToken();
let state: AuthState = { signedIn: token !== null, required: false, refused: false, session: 0 };
const listeners = new Set<() => void>();

function change(next: Partial<AuthState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function keep(value: string | null) {
  token = value;
  try {
    if (value === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, value);
  } catch {
    // Storage blocked: the token lasts until the page is closed.
  }
}

export function signIn(value: string) {
  keep(value.trim());
  change({ signedIn: true, required: false, refused: false, session: state.session + 1 });
}

export function signOut() {
  keep(null);
  change({ signedIn: false, refused: false, session: state.session + 1 });
}

/** The API answered 401: a token held was refused (revoked, mistyped), so it is forgotten and asked for again. */
export function tokenRefused() {
  const held = token !== null;
  if (held) keep(null);
  change({ signedIn: false, required: true, refused: held || state.refused, session: state.session + (held ? 1 : 0) });
}

/** The header that names the editor, when a token is held. */
export function authorization(): Record<string, string> {
  return token === null ? {} : { Authorization: `Bearer ${token}` };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const snapshot = () => state;

/** For tests: no token, nothing asked. */
export function resetAuth() {
  keep(null);
  change({ signedIn: false, required: false, refused: false, session: 0 });
}

export function useAuth(): AuthState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
