import { useId, useState, type FormEvent } from 'react';
import { signIn, signOut, useAuth } from '../../api/auth';
import { useWhoami } from '../../api/get-whoami';
import { StatePanel } from '../../components/state-panel';

/*
 * Who the API will record as the editor of a change. An API that asks for a
 * token (it answered 401) gets one here; the token lasts for this tab only.
 * The mocked API of development asks for none and names its local editor.
 */
export function SignInPanel({ enabled }: { enabled: boolean }) {
  const auth = useAuth();
  const whoami = useWhoami(enabled);
  const [token, setToken] = useState('');
  const inputId = useId();
  if (!enabled) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    signIn(token);
    setToken('');
  };

  if (auth.required && !auth.signedIn) {
    return (
      <section aria-labelledby="sign-in-heading" className="detail-section">
        <h2 id="sign-in-heading">Sign in to save changes</h2>
        {auth.refused && (
          <StatePanel kind="error" title="That token was not accepted.">
            <p>It may be mistyped or revoked. Paste it again, or ask for a new one.</p>
          </StatePanel>
        )}
        <p>Anyone can check a file, preview what it would change and export the current data here.</p>
        <p>
          This server saves changes only from editors with a token. Yours is kept in this tab until you sign out or
          close it, and is sent with each change so the history says who made it.
        </p>
        <form onSubmit={onSubmit} className="actions">
          <span className="field-inline">
            <label htmlFor={inputId}>Editor token</label>{' '}
            <input
              id={inputId}
              type="password"
              autoComplete="current-password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
            />
          </span>
          <button type="submit">Sign in</button>
        </form>
      </section>
    );
  }

  if (!whoami.data) return null;
  return (
    <section aria-label="Signed in" className="actions">
      <p>
        Signed in as <strong>{whoami.data.editor}</strong>.
      </p>
      {auth.signedIn && (
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      )}
    </section>
  );
}
