/**
 * The labelled impact scale (docs/decision-model.md). A default cell's range is one step below and above
 * its label (clamped at the ends), so SMAA explores "a notch weaker or stronger" than the default.
 */
export const IMPACT_LEVELS = {
  adverseModerate: -0.35,
  adverseWeak: -0.15,
  none: 0,
  weak: 0.15,
  moderate: 0.35,
  strong: 0.6,
  veryStrong: 0.8,
} as const;

export type ImpactLevel = keyof typeof IMPACT_LEVELS;

const ORDER: readonly ImpactLevel[] = [
  'adverseModerate',
  'adverseWeak',
  'none',
  'weak',
  'moderate',
  'strong',
  'veryStrong',
];

export const LEVEL_LABELS: Readonly<Record<ImpactLevel, { zh: string; en: string }>> = {
  adverseModerate: { zh: '中度不利', en: 'moderately adverse' },
  adverseWeak: { zh: '轻度不利', en: 'slightly adverse' },
  none: { zh: '无', en: 'none' },
  weak: { zh: '弱', en: 'weak' },
  moderate: { zh: '中', en: 'moderate' },
  strong: { zh: '强', en: 'strong' },
  veryStrong: { zh: '很强', en: 'very strong' },
};

/** {low, likely, high} one step around `level`. "none" stays exactly 0: no link in the paper means no range to explore. */
export function rangeOf(level: ImpactLevel): { low: number; likely: number; high: number } {
  const likely = IMPACT_LEVELS[level];
  if (level === 'none') return { low: 0, likely: 0, high: 0 };
  const i = ORDER.indexOf(level);
  const below = ORDER[Math.max(0, i - 1)] ?? level;
  const above = ORDER[Math.min(ORDER.length - 1, i + 1)] ?? level;
  return { low: IMPACT_LEVELS[below], likely, high: IMPACT_LEVELS[above] };
}
