import { colors } from '../app/theme';

/**
 * The labelled impact scale of docs/decision-model.md (none 0, weak 0.15, moderate 0.35, strong 0.6,
 * very strong 0.8; adverse −0.15, strongly adverse −0.35) and the cell colours.
 */
export const impactLevels = [
  { key: 'strongAdverse', value: -0.35 },
  { key: 'adverse', value: -0.15 },
  { key: 'none', value: 0 },
  { key: 'weak', value: 0.15 },
  { key: 'moderate', value: 0.35 },
  { key: 'strong', value: 0.6 },
  { key: 'veryStrong', value: 0.8 },
] as const;

export type ImpactLevelKey = (typeof impactLevels)[number]['key'];

/** The nearest labelled level; a planner's 0.5 reads as "strong" (0.6 is nearer than 0.35). */
export function levelOf(value: number): ImpactLevelKey {
  let best: (typeof impactLevels)[number] = impactLevels[2];
  for (const level of impactLevels) {
    if (Math.abs(level.value - value) < Math.abs(best.value - value)) best = level;
  }
  // Any non-zero adverse value must never read as "none": sign matters more than size.
  if (value < 0 && best.value >= 0) return 'adverse';
  if (value > 0 && best.value <= 0) return 'weak';
  return best.key;
}

export function levelValue(key: ImpactLevelKey): number {
  return impactLevels.find((l) => l.key === key)?.value ?? 0;
}

/**
 * Diverging colour: blue for mitigation (deeper = stronger), orange–red for adverse, light grey
 * for none. The label colour is black or white, whichever contrasts more with the background:
 * that choice always reaches at least 4.58 : 1 (WCAG AA for small text) on any background.
 */
export function impactColors(value: number): { background: string; color: string } {
  const scale = colors.impact;
  if (value === 0) return { ...scale.none };
  const rgb =
    value > 0
      ? mix(scale.mitigation.from, scale.mitigation.to, Math.min(1, value / 0.8))
      : mix(scale.adverse.from, scale.adverse.to, Math.min(1, -value / 0.35));
  const background = `rgb(${rgb.join(', ')})`;
  return {
    background,
    color:
      contrastRatio(rgb, [255, 255, 255]) >= contrastRatio(rgb, [0, 0, 0])
        ? scale.lightText
        : scale.darkText,
  };
}

function mix(a: readonly number[], b: readonly number[], t: number): number[] {
  return a.map((x, k) => Math.round(x + ((b[k] ?? x) - x) * t));
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
