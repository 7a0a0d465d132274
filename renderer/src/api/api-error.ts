import type { ErrorCode } from '../../../contract/channels';
import type { WireError } from '../../../contract/transport';

/**
 * The one error type the UI sees from the data layer, whatever the transport. `code` selects the
 * translated headline (errors.<code>); `message` is the host's detail; `field` names the input.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }

  static fromWire(error: WireError): ApiError {
    return new ApiError(error.code, error.message, error.field);
  }
}

/** Any thrown value → ApiError, so the UI has one shape to render. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message);
}
