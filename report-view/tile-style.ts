/**
 * Colours and sizes of the tile maps, shared by the Evidence screen and the briefing. A
 * sequential blue scale (ColorBrewer "Blues", darker = higher) whose text colour is chosen per
 * fill for at least 4.5 : 1 contrast; the number is always written, so colour never carries it alone.
 */
import { TILE_COLOURS } from './palette';

export const TILE = { width: 80, height: 54, gap: 3, pad: 4 } as const;

const BLUES = TILE_COLOURS.blues;
/** Which of the five blues k classes use: spread out, so two classes are never neighbours. */
const PICK: Record<number, number[]> = {
  1: [2],
  2: [1, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
};

export function classFill(cls: number, classes: number): string {
  return BLUES[PICK[Math.min(5, Math.max(1, classes))]![cls] ?? 2]!;
}

/** White on the two dark blues, near-black on the rest (both ≥ 4.5 : 1). */
export function textOn(fill: string): string {
  return fill === BLUES[3] || fill === BLUES[4] ? TILE_COLOURS.textOnDark : TILE_COLOURS.text;
}

export const HIGHLIGHT_STROKE = TILE_COLOURS.highlight;
export const FOCUS_STROKE = TILE_COLOURS.focus;
export const BORDER_STROKE = TILE_COLOURS.border;
export const MISSING_TEXT = TILE_COLOURS.missingText;
