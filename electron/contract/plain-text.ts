/**
 * Text the planner types or imports is shown as written, in logical order: explicit bidi controls
 * (embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069) are removed where text enters the
 * contract, so no name can reorder what the screen or the briefing shows ("Trojan Source",
 * a file name ending in "\u202Etxt.exe"). The implicit bidi algorithm still lays out Arabic or
 * Hebrew correctly without them. Zero-width and other invisible marks do not reorder and stay.
 */
import { z } from 'zod';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const NAME_REQUIRED =
  '名称不能为空（不可见的方向控制字符不计） / The name must not be empty (invisible direction controls do not count)';

/** A required name (scenario, user): bidi controls removed, then trimmed, then 1–`max` characters. */
export function nameField(max: number) {
  return z.string().overwrite(stripBidiControls).trim().min(1, NAME_REQUIRED).max(max);
}
