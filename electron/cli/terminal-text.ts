/**
 * What the CLI prints is text, never instructions to the terminal. A scenario name stored before
 * names were checked, an id in an input file or a path could carry ESC sequences (recolour, move
 * the cursor, set the window title, hide the rest of a line), a carriage return that overprints
 * the line, or bidi controls that reorder it. Each such character is shown as a visible `\uXXXX`
 * escape instead; line breaks and tabs of our own tables are kept.
 *
 * The same escape is valid inside a JSON string and means the same character, so `--json` output
 * passed through here still parses to exactly the same value.
 */
/** Control characters (C0, DEL, C1), line and paragraph separators, bidi embeddings and isolates. */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) =>
    c === '\n' || c === '\t' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
