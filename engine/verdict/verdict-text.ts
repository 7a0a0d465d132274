/**
 * The sentences of a package verdict, in both languages, printed as they are by the overview,
 * the Robustness screen and the briefing. Every sentence that says "best" or "robust" names its
 * basis (the planner's weights, or the weight uncertainty with samples and seed).
 */
import { amountWithUnit, formatNumber, formatShare, formatValue } from '../report/format';
import type { Bilingual } from '../report/types';
import { describeBasis, type WeightBasis } from '../scenario/weight-basis';
import type { PackageVerdict, RobustnessLevel } from './package-verdict';

export interface VerdictText {
  /** "Under your weights, the best package is …". */
  best: Bilingual | null;
  /** "It is best in 61 % (± 0.5 %) of 10,000 sampled weightings within ±20 % of yours …". */
  robustness: Bilingual | null;
  /** Said only when another package is best more often under the uncertainty. */
  reconcile: Bilingual | null;
  level: Bilingual | null;
  meaning: Bilingual | null;
  /** Which inputs are still defaults; null when none is. */
  provisional: Bilingual | null;
  /** The basis, named on its own (for a footnote or a tooltip). */
  basis: Bilingual;
}

const LEVEL_WORD: Record<RobustnessLevel, Bilingual> = {
  robust: { zh: '稳健', en: 'Robust' },
  moderate: { zh: '较稳健', en: 'Fairly robust' },
  fragile: { zh: '不稳健', en: 'Not robust' },
};

const MEANING: Record<RobustnessLevel, Bilingual> = {
  robust: {
    zh: '对规划者而言：在所述不确定性下它大多仍排第一，可作为推进讨论的依据。',
    en: 'For the planner: under the stated uncertainty it mostly stays first, a sound basis to take forward.',
  },
  moderate: {
    zh: '对规划者而言：结论在相当一部分权重下成立，但值得先与同事核对最关键的几个权重。',
    en: 'For the planner: the conclusion holds under a good share of weightings, but check the most important weights with colleagues first.',
  },
  fragile: {
    zh: '对规划者而言：换一种合理的权重，最优组合就可能改变；请先比较其他候选组合再决定。',
    en: 'For the planner: another plausible weighting may well change the best package; compare the other candidates before deciding.',
  },
};

export const LEVEL_RULE: Bilingual = {
  zh: '读法：70% 及以上为稳健，40%–70% 为较稳健，低于 40% 为不稳健（阅读辅助，不是统计检验）。',
  en: 'Reading: 70% or more is robust, 40%–70% fairly robust, below 40% not robust (a reading aid, not a statistical test).',
};

function shareWithError(share: number, se: number): string {
  return `${formatShare(share)}（±${formatShare(se, 1)}）`;
}

function shareWithErrorEn(share: number, se: number): string {
  return `${formatShare(share)} (± ${formatShare(se, 1)})`;
}

function provisionalText(v: PackageVerdict): Bilingual | null {
  if (!v.provisional) return null;
  const d = v.defaults;
  const zh: string[] = [];
  const en: string[] = [];
  if (d.weights) {
    zh.push('原因权重（均等）');
    en.push('the cause weights (equal)');
  }
  if (d.budget) {
    zh.push('预算');
    en.push('the budget');
  }
  if (d.costs > 0) {
    zh.push(`${d.costs} 项措施的成本`);
    en.push(`the costs of ${d.costs} measure${d.costs === 1 ? '' : 's'}`);
  }
  if (d.impacts > 0) {
    zh.push(`${d.impacts} 个影响估计`);
    en.push(`${d.impacts} impact estimate${d.impacts === 1 ? '' : 's'}`);
  }
  return {
    zh: `暂定结论：以下输入仍是本工具的示意性默认值——${zh.join('、')}。请填写或确认后再作为结论使用。`,
    en: `Provisional: these inputs are still the tool's illustrative defaults: ${en.join(', ')}. Enter or confirm them before treating this as a finding.`,
  };
}

export function verdictText(
  v: PackageVerdict,
  basis: WeightBasis,
  /** Measure ids → the package's name in each language (measure names joined). */
  packageName: (measures: readonly string[]) => Bilingual,
  costUnit: Bilingual,
): VerdictText {
  const phrase = describeBasis(basis);
  const samples = v.samples === null ? '' : formatNumber(v.samples);
  const basisText: Bilingual =
    v.samples === null
      ? { zh: `依据：${phrase.zh}。`, en: `Basis: ${phrase.en}.` }
      : {
          zh: `依据：${phrase.zh}（SMAA，${samples} 次抽样，种子 ${v.seed}，影响值在各自低–高范围内抽样）。`,
          en: `Basis: ${phrase.en} (SMAA, ${samples} samples, seed ${v.seed}; impacts drawn within their low–high ranges).`,
        };
  if (!v.best) {
    return {
      best: null,
      robustness: null,
      reconcile: null,
      level: null,
      meaning: null,
      provisional: provisionalText(v),
      basis: basisText,
    };
  }
  const name = packageName(v.best.measures);
  const value = formatValue(v.best.value);
  const cost = formatNumber(v.best.cost, Number.isInteger(v.best.cost) ? 0 : 1);
  const enCost = amountWithUnit(cost, costUnit.en);
  const best: Bilingual = {
    zh: `按您的权重，最优组合为 ${name.zh}（价值 ${value}，成本 ${cost} ${costUnit.zh}）。`,
    en: `Under your weights, the best package is ${name.en} (value ${value}, cost ${enCost}).`,
  };
  let robustness: Bilingual | null = null;
  let reconcile: Bilingual | null = null;
  if (v.bestShare !== null && v.bestShareSe !== null && v.samples !== null) {
    robustness = {
      zh: `在${phrase.zh}中（${samples} 次抽样），它在 ${shareWithError(v.bestShare, v.bestShareSe)}的抽样中排第一。`,
      en: `Across ${samples} sampled ${phrase.en}, it is best in ${shareWithErrorEn(v.bestShare, v.bestShareSe)} of them.`,
    };
    if (v.agrees === false && v.mostOften) {
      const other = packageName(v.mostOften.measures);
      reconcile = {
        zh: `注意：在同样的不确定性下，最常排第一的是另一组合 ${other.zh}（${shareWithError(v.mostOften.share, v.mostOften.se)}）。前者在您的权重下最优，后者在权重变化时更常最优；两者都值得讨论。`,
        en: `Note: under the same uncertainty, a different package is best most often: ${other.en} (${shareWithErrorEn(v.mostOften.share, v.mostOften.se)}). The first is best at your weights, the second more often when the weights vary; both deserve discussion.`,
      };
    }
  }
  return {
    best,
    robustness,
    reconcile,
    level: v.level === null ? null : LEVEL_WORD[v.level],
    meaning: v.level === null ? null : MEANING[v.level],
    provisional: provisionalText(v),
    basis: basisText,
  };
}
