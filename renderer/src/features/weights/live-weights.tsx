/**
 * The weights as they move, for the few cells that show them. The weights table itself is
 * memoised on the causes' names and texts, so a slider step re-renders these cells (one slider,
 * eight shares, eight bars, the total) and not the antd table around them: that keeps a step
 * well inside the 50 ms the planner's hand allows.
 */
import { createContext, useContext } from 'react';
import type { Cause, Locale } from '../../../../contract/domain';
import { formatNumber, formatPercent } from '../../format/number';
import { weightShares } from '../../../../engine/scenario';
import { WeightControl } from './WeightControl';

export interface LiveWeights {
  weights: Readonly<Record<string, number>>;
  shares: Readonly<Record<string, number>>;
  total: number;
}

export function liveWeightsOf(causes: readonly Cause[]): LiveWeights {
  return {
    weights: Object.fromEntries(causes.map((c) => [c.id, c.weight])),
    shares: weightShares(causes),
    total: causes.reduce((s, c) => s + c.weight, 0),
  };
}

export const LiveWeightsContext = createContext<LiveWeights>({ weights: {}, shares: {}, total: 0 });

export function LiveWeightControl(props: {
  causeId: string;
  name: string;
  onWeightChange(causeId: string, weight: number): void;
}) {
  const weight = useContext(LiveWeightsContext).weights[props.causeId] ?? 0;
  return <WeightControl {...props} weight={weight} />;
}

export function LiveShare({ causeId, lang }: { causeId: string; lang: Locale }) {
  const share = useContext(LiveWeightsContext).shares[causeId] ?? 0;
  return <span data-testid={`weight-share-${causeId}`}>{formatPercent(lang, share)}</span>;
}

export function LiveShareBar({ causeId }: { causeId: string }) {
  const share = useContext(LiveWeightsContext).shares[causeId] ?? 0;
  return (
    <div className="trp-share-bar" aria-hidden="true">
      <div style={{ width: `${Math.round(share * 1000) / 10}%` }} />
    </div>
  );
}

export function LiveTotal({ lang }: { lang: Locale }) {
  return <>{formatNumber(lang, useContext(LiveWeightsContext).total, 1)}</>;
}

export function LiveTotalShare({ lang }: { lang: Locale }) {
  return <>{formatPercent(lang, useContext(LiveWeightsContext).total > 0 ? 1 : 0)}</>;
}
