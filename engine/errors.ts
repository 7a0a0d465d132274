/**
 * The one error type the engine throws for bad input. `field` names the offending input
 * (a JSON path such as "weights[2]" or "impacts.M1.C3") so a CLI can print one clear line.
 */
export class EngineInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'EngineInputError';
    this.field = field;
  }
}

export function assertFinite(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineInputError(field, `must be a finite number (got ${String(value)})`);
  }
}
