import { describe, expect, it } from 'vitest';
import type { Cause } from '../../../../contract/domain';
import { computeAhp } from '../../../../engine/weights';
import { matrixFromWeights } from './ahp-model';
import {
  addJudge,
  addTheme,
  groupResult,
  hierarchyResult,
  moveCause,
  removeTheme,
  seedGroup,
  seedHierarchy,
  updateJudge,
} from './ahp-variants-model';

const causes: Cause[] = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => ({
  id: `C${k}`,
  nameZh: `原因${k}`,
  nameEn: `Cause ${k}`,
  textZh: '',
  textEn: '',
  paperSection: '',
  weight: k,
}));
const ids = causes.map((c) => c.id);

describe('AHP hierarchy draft', () => {
  it('seeds three named themes covering the eight causes, and global = local × theme weight', () => {
    const h = seedHierarchy(causes, 'en');
    expect(h.themes.map((t) => [t.name, t.causes])).toEqual([
      ['Natural and policy conditions', ['C1', 'C2']],
      ['Economy and income', ['C3', 'C4', 'C5']],
      ['City and society', ['C6', 'C7', 'C8']],
    ]);
    const r = hierarchyResult(ids, h)!;
    for (const theme of r.themes)
      for (const c of theme.criteria) {
        expect(c.global).toBeCloseTo(c.local * theme.local, 12);
        expect(r.weights[c.id]).toBeCloseTo(c.global, 12);
      }
    expect(Object.values(r.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.matrices.map((m) => m.scope)).toEqual(['themes', 'theme', 'theme', 'theme']);
  });

  it('moving a cause carries its row out of one matrix and into the other; an empty theme blocks the result until removed', () => {
    let h = addTheme(seedHierarchy(causes, 'zh'), '新主题');
    expect(h.matrix).toHaveLength(4);
    expect(hierarchyResult(ids, h)).toBeNull();
    h = moveCause(h, 'C5', 3);
    expect(h.themes[1]!.causes).toEqual(['C3', 'C4']);
    expect(h.themes[1]!.matrix).toEqual(matrixFromWeights([3, 4]));
    expect(h.themes[3]!.causes).toEqual(['C5']);
    const r = hierarchyResult(ids, h)!;
    expect(r.themes[3]!.criteria[0]).toMatchObject({ id: 'C5', local: 1 });
    expect(r.weights.C5).toBeCloseTo(r.themes[3]!.global, 12);
    // A theme still holding causes is not removed; an emptied one is.
    expect(removeTheme(h, 3)).toBe(h);
    const back = removeTheme(moveCause(h, 'C5', 1), 3);
    expect(back.themes).toHaveLength(3);
    expect(back.matrix).toHaveLength(3);
  });
});

describe('group AHP draft', () => {
  it('two identical judges give the one judge’s weights, under AIJ and AIP', () => {
    const one = seedGroup(causes, 'A');
    const alone = computeAhp(one.judges[0]!.matrix).weights;
    const two = updateJudge(addJudge(one, 'B'), 1, { matrix: one.judges[0]!.matrix });
    for (const aggregation of ['aij', 'aip'] as const) {
      const r = groupResult({ ...two, aggregation })!;
      ids.forEach((id, k) => expect(r.weights[id]).toBeCloseTo(alone[k]!, 9));
      expect(r.judges).toHaveLength(2);
    }
  });

  it('AIP is the judge-weighted geometric mean of the priorities, renormalised', () => {
    const g = seedGroup(causes.slice(0, 3), 'A');
    const a = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    const b = [
      [1, 1 / 2, 1 / 4],
      [2, 1, 1 / 2],
      [4, 2, 1],
    ];
    const two = updateJudge(updateJudge(addJudge(g, 'B'), 0, { matrix: a, weight: 3 }), 1, {
      matrix: b,
    });
    const r = groupResult({ ...two, aggregation: 'aip' })!;
    const wa = [4 / 7, 2 / 7, 1 / 7];
    const wb = [1 / 7, 2 / 7, 4 / 7];
    const mean = wa.map((x, k) => Math.pow(x, 0.75) * Math.pow(wb[k]!, 0.25));
    const total = mean.reduce((s, v) => s + v, 0);
    ['C1', 'C2', 'C3'].forEach((id, k) => expect(r.weights[id]).toBeCloseTo(mean[k]! / total, 9));
    expect(r.group).toBeUndefined();
    // A blank judge name leaves nothing to apply.
    expect(groupResult(updateJudge(two, 1, { name: ' ' }))).toBeNull();
  });
});
