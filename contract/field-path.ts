/**
 * The one way a zod issue path becomes a field name in a message (dispatch, CLI, project files,
 * import mappings): ['constraints', 'requires', 0, 1] → 'constraints.requires[0][1]'. Each
 * segment is clipped: record keys come from the caller and may be arbitrarily long.
 */
import { clipText } from './clip-text';

export function formatFieldPath(pathParts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of pathParts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? clipText(String(part)) : `.${clipText(String(part))}`;
  }
  return out;
}
