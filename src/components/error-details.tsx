import { describeIssue, type ValidationIssue } from '../data/schema/issues';

interface ErrorLike {
  message: string;
  issues?: ValidationIssue[];
}

/* Every problem with where it is, capped so that thousands of them do not bury the first ones or stall the page. */
export function IssueList({ issues, max = 8 }: { issues: ValidationIssue[]; max?: number }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list">
      {issues.slice(0, max).map((issue, i) => (
        <li key={i}>
          <code>{describeIssue(issue)}</code>
        </li>
      ))}
      {issues.length > max && <li>and {issues.length - max} more problems</li>}
    </ul>
  );
}

export function ErrorDetails({ error }: { error: ErrorLike }) {
  return (
    <>
      <p>{error.message}.</p>
      <IssueList issues={error.issues ?? []} />
    </>
  );
}
