import { describeIssue } from '../data/validate';

const MAX_ISSUES = 8;

interface ErrorLike {
  message: string;
  issues?: { path: string; message: string; line?: number; column?: number }[];
}

/* What failed, and where in the data, capped so a thousand problems do not bury the first ones. */
export function ErrorDetails({ error }: { error: ErrorLike }) {
  const issues = error.issues ?? [];
  return (
    <>
      <p>{error.message}.</p>
      {issues.length > 0 && (
        <ul className="issue-list">
          {issues.slice(0, MAX_ISSUES).map((issue, i) => (
            <li key={i}>
              <code>{describeIssue(issue)}</code>
            </li>
          ))}
          {issues.length > MAX_ISSUES && <li>and {issues.length - MAX_ISSUES} more problems</li>}
        </ul>
      )}
    </>
  );
}
