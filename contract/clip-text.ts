/**
 * Bounds text that came from the caller before it is echoed back (error messages, logs): a
 * 100 000-character key must not come back as a 100 kB message the UI then shows as a wall of text.
 */

/** How much of one echoed key, path segment or value is kept. */
export const ECHO_MAX_CHARS = 80;

/**
 * `text` unchanged when short; otherwise its first `max` characters, an ellipsis and the original
 * length, e.g. `xxxx…（共 100000 字符 / 100000 chars）`. Never splits a surrogate pair.
 */
export function clipText(text: string, max = ECHO_MAX_CHARS): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return `${head}…（共 ${text.length} 字符 / ${text.length} chars）`;
}
