import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElicitationSettingsView } from '../../contract/elicitation';
import { formatScenarioShow, scenarioShow } from '../cli/scenario-show';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
let scenarioId: number;
let causeIds: string[];
beforeAll(async () => {
  t = await openTempServices();
  scenarioId = (await t.services['scenario:list']({}))[0]!.id;
  causeIds = (await t.services['scenario:get']({ scenarioId })).causes.map((c) => c.id);
});
afterAll(() => t.cleanup());

const shares = async (): Promise<Record<string, number>> => {
  const causes = (await t.services['scenario:get']({ scenarioId })).causes;
  const total = causes.reduce((s, c) => s + c.weight, 0);
  return Object.fromEntries(causes.map((c) => [c.id, c.weight / total]));
};

/** A consistent matrix a_ij = w_i / w_j. */
const ratios = (w: number[]) => w.map((a) => w.map((b) => a / b));

const base = { rocOrder: [], swingPoints: {}, ahp: null };

function hierarchySettings(themesMatrix: number[][]): ElicitationSettingsView {
  return {
    ...base,
    method: 'ahpHierarchy',
    ahpHierarchy: {
      themes: [
        { name: '自然与政策条件', causes: ['C1', 'C2'], matrix: ratios([1, 1]) },
        { name: '经济与收入', causes: ['C3', 'C4', 'C5'], matrix: ratios([2, 1, 1]) },
        { name: '城市与社会', causes: ['C6', 'C7', 'C8'], matrix: ratios([1, 1, 2]) },
      ],
      matrix: themesMatrix,
    },
  };
}

describe('AHP hierarchy and group AHP through elicitation:apply', () => {
  it('hierarchy: stores global = local × theme weight, names the variant and each CR in the audit and the weighting', async () => {
    const r = await t.services['elicitation:apply']({
      scenarioId,
      settings: hierarchySettings(ratios([1, 2, 1])),
    });
    expect(r.edits).toBeGreaterThan(0);
    const s = await shares();
    // Themes 1/4, 1/2, 1/4; within: 1/2 1/2 · 1/2 1/4 1/4 · 1/4 1/4 1/2.
    const expected = [1 / 8, 1 / 8, 1 / 4, 1 / 8, 1 / 8, 1 / 16, 1 / 16, 1 / 8];
    causeIds.forEach((id, k) => expect(s[id]).toBeCloseTo(expected[k]!, 5));

    const scenario = await t.services['scenario:get']({ scenarioId });
    expect(scenario.weighting.method).toBe('ahp');
    expect(scenario.weighting.ahpVariant).toMatchObject({
      kind: 'hierarchy',
      aggregation: null,
    });
    expect(scenario.weighting.ahpVariant?.matrices.map((m) => [m.scope, m.name])).toEqual([
      ['themes', ''],
      ['theme', '自然与政策条件'],
      ['theme', '经济与收入'],
      ['theme', '城市与社会'],
    ]);

    // `scenario show` (the CLI) states the variant and every matrix's CR, as the audit does.
    const shown = scenarioShow(scenario, undefined);
    expect(shown.weights.ahpVariant?.kind).toBe('hierarchy');
    expect(formatScenarioShow(shown)).toMatch(
      /层次分析 AHP, 层次结构 hierarchy \(themes → causes\) \(CR: 主题之间 among themes 0(\.0+)?; 主题 theme "自然与政策条件" 0(\.0+)?; .*\), CR = /,
    );

    const audit = await t.services['audit:list']({ offset: 0, limit: 1 });
    const entry = audit.entries[0]!;
    expect(entry).toMatchObject({ entity: 'cause_weights', key: 'ahpHierarchy' });
    const fields = entry.changes.map((c) => c.field);
    expect(fields).toContain('ahpConsistency');
    expect(entry.changes.find((c) => c.field === 'ahpVariant')?.after).toEqual({
      kind: 'choice',
      choice: 'hierarchy',
    });
    expect(
      entry.changes.filter((c) => c.field === 'ahpMatrixConsistency').map((c) => c.subject?.en),
    ).toEqual([
      'Among themes',
      'Within theme “自然与政策条件”',
      'Within theme “经济与收入”',
      'Within theme “城市与社会”',
    ]);

    // The saved draft comes back as the hierarchy, not as plain AHP.
    const state = await t.services['elicitation:get']({ scenarioId });
    expect(state.settings.method).toBe('ahpHierarchy');
    expect(state.settings.ahpHierarchy?.themes[1]?.causes).toEqual(['C3', 'C4', 'C5']);
  });

  it('hierarchy: an inconsistent theme matrix needs the confirmation; a cause under no theme is refused', async () => {
    const bad = hierarchySettings([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    const before = await shares();
    await expect(
      Promise.resolve().then(() => t.services['elicitation:apply']({ scenarioId, settings: bad })),
    ).rejects.toThrow(/acceptInconsistency|confirm/);
    expect(await shares()).toEqual(before);
    const ok = await t.services['elicitation:apply']({
      scenarioId,
      settings: bad,
      acceptInconsistency: true,
    });
    expect(ok.edits).toBeGreaterThan(0);
    const entry = (await t.services['audit:list']({ offset: 0, limit: 1 })).entries[0]!;
    expect(entry.changes.find((c) => c.field === 'ahpConsistency')?.after).toMatchObject({
      kind: 'consistency',
      confirmed: true,
    });

    const missing = hierarchySettings(ratios([1, 1, 1]));
    missing.ahpHierarchy!.themes[2] = {
      name: '城市与社会',
      causes: ['C6', 'C7'],
      matrix: ratios([1, 1]),
    };
    await expect(
      Promise.resolve().then(() =>
        t.services['elicitation:apply']({ scenarioId, settings: missing }),
      ),
    ).rejects.toThrow(/C8/);
  });

  it('group: two identical judges give the one judge’s weights (AIJ and AIP); the audit names the aggregation', async () => {
    // Different judgements per aggregation, so each apply moves the weights and is logged.
    for (const [aggregation, w] of [
      ['aij', [8, 7, 6, 5, 4, 3, 2, 1]],
      ['aip', [1, 2, 3, 4, 5, 6, 7, 8]],
    ] as const) {
      const judge = (name: string) => ({ name, weight: 1, matrix: ratios([...w]) });
      await t.services['elicitation:apply']({
        scenarioId,
        settings: {
          ...base,
          method: 'ahpGroup',
          ahpGroup: { causes: causeIds, aggregation, judges: [judge('省级部门'), judge('高校')] },
        },
      });
      const s = await shares();
      causeIds.forEach((id, k) => expect(s[id]).toBeCloseTo(w[k]! / 36, 5));
      const scenario = await t.services['scenario:get']({ scenarioId });
      expect(scenario.weighting.ahpVariant).toMatchObject({ kind: 'group', aggregation });
    }
    const entry = (await t.services['audit:list']({ offset: 0, limit: 1 })).entries[0]!;
    expect(entry.key).toBe('ahpGroup');
    expect(entry.changes.find((c) => c.field === 'ahpVariant')?.after).toEqual({
      kind: 'choice',
      choice: 'groupAip',
    });
  });

  it('group: a blank judge name is refused with a bilingual message naming the field', async () => {
    await expect(
      Promise.resolve().then(() =>
        t.services['elicitation:apply']({
          scenarioId,
          settings: {
            ...base,
            method: 'ahpGroup',
            ahpGroup: {
              causes: causeIds,
              aggregation: 'aij',
              judges: [{ name: '  ', weight: 1, matrix: ratios([1, 1, 1, 1, 1, 1, 1, 1]) }],
            },
          },
        }),
      ),
    ).rejects.toThrow(/judges\[0\]\.name.*评判者名称不能为空 \/ judge name is required/);
  });
});
