import { Alert, theme } from 'antd';
import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';

interface Props {
  /** What makes the draft invalid (Save stays disabled), or null when it is valid. */
  problem: string | null;
  testId: string;
  /** Why the last save failed. */
  saveError: ApiError | null;
}

/** Beneath an edit form of the inputs screen: the draft's problem, then a failed save's error. */
export function FormProblems({ problem, testId, saveError }: Props) {
  const { token } = theme.useToken();
  return (
    <>
      {problem !== null && (
        <Alert
          type="error"
          role="alert"
          data-testid={testId}
          style={{ marginTop: token.marginXS }}
          title={problem}
        />
      )}
      {saveError && (
        <div style={{ marginTop: token.marginXS }}>
          <ErrorAlert error={saveError} />
        </div>
      )}
    </>
  );
}
