import type { Cause, Locale } from '../../../../contract/domain';
import type { AhpGroupView, AhpHierarchyView } from '../../../../contract/elicitation';
import {
  judgedAhp,
  themedAhp,
  type AhpResult,
  type JudgedResult,
  type ThemedResult,
} from '../../../../engine/weights';
import { localized } from '../../i18n/localized';
import { isUsableMatrix, matrixFromWeights, type Matrix } from './ahp-model';

/**
 * Drafts of the AHP hierarchy (themes → causes) and of group AHP (judges' matrices), and the
 * edits the screen makes to them. Every edit returns a new draft; a matrix follows its items
 * (a cause moved out of a theme takes its row and column with it).
 */

/** A starting grouping (docs/decision-model.md §AHP): conditions, economy, city and society. */
const SEED_THEMES: { zh: string; en: string; causes: string[] }[] = [
  { zh: '自然与政策条件', en: 'Natural and policy conditions', causes: ['C1', 'C2'] },
  { zh: '经济与收入', en: 'Economy and income', causes: ['C3', 'C4', 'C5'] },
  { zh: '城市与社会', en: 'City and society', causes: ['C6', 'C7', 'C8'] },
];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The seeded themes, with matrices that reproduce the current weights as far as 1–9 allows. */
export function seedHierarchy(causes: readonly Cause[], lang: Locale): AhpHierarchyView {
  const weight = new Map(causes.map((c) => [c.id, c.weight]));
  const known = new Set(SEED_THEMES.flatMap((t) => t.causes));
  const themes = SEED_THEMES.map((t, k) => ({
    name: localized(t, lang),
    causes: [
      ...t.causes.filter((id) => weight.has(id)),
      // A cause the seed does not know (another catalogue) starts in the last theme.
      ...(k === SEED_THEMES.length - 1
        ? causes.filter((c) => !known.has(c.id)).map((c) => c.id)
        : []),
    ],
  })).filter((t) => t.causes.length > 0);
  const withMatrices = themes.map((t) => ({
    ...t,
    matrix: matrixFromWeights(t.causes.map((id) => weight.get(id) ?? 1)),
  }));
  return {
    themes: withMatrices,
    matrix: matrixFromWeights(themes.map((t) => sum(t.causes.map((id) => weight.get(id) ?? 1)))),
  };
}

/** The matrix without item k's row and column. */
export function dropItem(m: Matrix, k: number): Matrix {
  return m.filter((_, r) => r !== k).map((row) => row.filter((_, c) => c !== k));
}

/** The matrix with one more item, judged equal to every other until the planner says otherwise. */
export function addItem(m: Matrix): Matrix {
  const n = m.length;
  return [...m.map((row) => [...row, 1]), new Array<number>(n + 1).fill(1)];
}

export function renameTheme(h: AhpHierarchyView, k: number, name: string): AhpHierarchyView {
  return { ...h, themes: h.themes.map((t, i) => (i === k ? { ...t, name } : t)) };
}

/** Moves a cause to the end of theme `to`, carrying no judgement with it (equal to the others). */
export function moveCause(h: AhpHierarchyView, causeId: string, to: number): AhpHierarchyView {
  const from = h.themes.findIndex((t) => t.causes.includes(causeId));
  if (from === to || to < 0 || to >= h.themes.length) return h;
  return {
    ...h,
    themes: h.themes.map((t, i) => {
      if (i === from) {
        const k = t.causes.indexOf(causeId);
        return {
          ...t,
          causes: t.causes.filter((id) => id !== causeId),
          matrix: dropItem(t.matrix, k),
        };
      }
      if (i === to) return { ...t, causes: [...t.causes, causeId], matrix: addItem(t.matrix) };
      return t;
    }),
  };
}

export function addTheme(h: AhpHierarchyView, name: string): AhpHierarchyView {
  return {
    themes: [...h.themes, { name, causes: [], matrix: [] }],
    matrix: addItem(h.matrix),
  };
}

/** Removes an empty theme (a theme with causes keeps them until they are moved out). */
export function removeTheme(h: AhpHierarchyView, k: number): AhpHierarchyView {
  if (h.themes.length <= 1 || (h.themes[k]?.causes.length ?? 0) > 0) return h;
  return { themes: h.themes.filter((_, i) => i !== k), matrix: dropItem(h.matrix, k) };
}

export function setThemeMatrix(h: AhpHierarchyView, k: number, m: Matrix): AhpHierarchyView {
  return { ...h, themes: h.themes.map((t, i) => (i === k ? { ...t, matrix: m } : t)) };
}

/** A stored hierarchy that still places every current cause exactly once, else null. */
export function usableHierarchy(
  h: AhpHierarchyView | null | undefined,
  ids: readonly string[],
): AhpHierarchyView | null {
  if (!h) return null;
  const placed = h.themes.flatMap((t) => t.causes);
  const fits =
    placed.length === ids.length &&
    ids.every((id) => placed.includes(id)) &&
    isUsableMatrix(h.matrix, h.themes.length) &&
    h.themes.every((t) => isUsableMatrix(t.matrix, t.causes.length));
  return fits ? h : null;
}

/** The hierarchy's weights, or null while it cannot be computed (an empty theme, a blank name). */
export function hierarchyResult(
  ids: readonly string[],
  h: AhpHierarchyView | null,
): ThemedResult | null {
  if (!h || h.themes.some((t) => t.causes.length === 0 || t.name.trim() === '')) return null;
  try {
    return themedAhp(
      ids,
      h.themes.map((t) => ({ name: t.name.trim(), criteria: t.causes, matrix: t.matrix })),
      h.matrix,
    );
  } catch {
    return null;
  }
}

/** Group AHP starting with one judge whose judgements reproduce the current weights. */
export function seedGroup(causes: readonly Cause[], firstJudge: string): AhpGroupView {
  return {
    causes: causes.map((c) => c.id),
    aggregation: 'aij',
    judges: [
      { name: firstJudge, weight: 1, matrix: matrixFromWeights(causes.map((c) => c.weight)) },
    ],
  };
}

export function usableGroup(
  g: AhpGroupView | null | undefined,
  ids: readonly string[],
): AhpGroupView | null {
  if (!g) return null;
  const fits =
    g.causes.length === ids.length &&
    g.causes.every((id, k) => id === ids[k]) &&
    g.judges.every((j) => isUsableMatrix(j.matrix, ids.length));
  return fits ? g : null;
}

/** A new judge starts from equal judgements, so the first judge's view is not copied silently. */
export function addJudge(g: AhpGroupView, name: string): AhpGroupView {
  const n = g.causes.length;
  const equal = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  return { ...g, judges: [...g.judges, { name, weight: 1, matrix: equal }] };
}

export function removeJudge(g: AhpGroupView, k: number): AhpGroupView {
  return g.judges.length <= 1 ? g : { ...g, judges: g.judges.filter((_, i) => i !== k) };
}

export function updateJudge(
  g: AhpGroupView,
  k: number,
  patch: Partial<AhpGroupView['judges'][number]>,
): AhpGroupView {
  return { ...g, judges: g.judges.map((j, i) => (i === k ? { ...j, ...patch } : j)) };
}

export function groupResult(g: AhpGroupView | null): JudgedResult | null {
  if (!g || g.judges.some((j) => j.name.trim() === '' || !(j.weight > 0))) return null;
  try {
    return judgedAhp(
      g.causes,
      g.judges.map((j) => ({ name: j.name.trim(), weight: j.weight, matrix: j.matrix })),
      g.aggregation,
    );
  } catch {
    return null;
  }
}

/** A theme stands in for a cause in the matrix editor: "T2 经济与收入". */
export function themeItems(h: AhpHierarchyView): Cause[] {
  return h.themes.map((t, k) => ({
    id: `T${k + 1}`,
    nameZh: t.name,
    nameEn: t.name,
    textZh: '',
    textEn: '',
    paperSection: '',
    weight: 0,
  }));
}

/**
 * The matrix the confirmation shows when a variant needs it: the one with the largest CR, with
 * the items it compares (themes, a theme's causes, or every cause).
 */
export function worstMatrix(
  causes: readonly Cause[],
  h: AhpHierarchyView | null,
  r: ThemedResult | JudgedResult | null,
): { result: AhpResult; items: Cause[] } | null {
  if (!r) return null;
  const byId = new Map(causes.map((c) => [c.id, c]));
  const candidates: { result: AhpResult; items: Cause[] }[] = [];
  if ('themes' in r) {
    if (r.themesAhp && h) candidates.push({ result: r.themesAhp, items: themeItems(h) });
    for (const t of r.themes)
      if (t.ahp) candidates.push({ result: t.ahp, items: t.criteria.map((c) => byId.get(c.id)!) });
  } else if (r.group) candidates.push({ result: r.group, items: [...causes] });
  else for (const j of r.judges) candidates.push({ result: j, items: [...causes] });
  return candidates.reduce<{ result: AhpResult; items: Cause[] } | null>(
    (best, c) => (best === null || c.result.cr > best.result.cr ? c : best),
    null,
  );
}
