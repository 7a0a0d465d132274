import { describe, expect, it } from 'vitest';
import { compileModel, coverageInto, packageValue } from '../engine/packages';
import { scenarioToDecisionModel } from '../engine/scenario';
import { closeDatabase } from './open';
import { getScenario } from './repositories/scenario/read';
import { setConstraints } from './repositories/scenario/write';
import { seededMemoryDb } from './test-helpers';

describe('scenarioToDecisionModel', () => {
  it('maps the baseline: likely costs, impact ranges, budget kept, null maxMeasures omitted', async () => {
    const db = await seededMemoryDb();
    const model = scenarioToDecisionModel(getScenario(db, 1));
    expect(model.causes).toEqual(
      Array.from({ length: 8 }, (_, i) => ({ id: `C${i + 1}`, weight: 1 })),
    );
    expect(model.measures.map((m) => m.cost)).toEqual([300, 80, 200, 100, 50, 60, 150]);
    expect(model.impacts.M1?.C3).toEqual({ low: 0.35, likely: 0.6, high: 0.8 });
    expect(model.constraints).toEqual({ budget: 400 });
    expect('maxMeasures' in (model.constraints ?? {})).toBe(false);
    expect(model.model).toBe('saturating');

    setConstraints(db, 1, {
      budget: null,
      maxMeasures: 2,
      required: ['M4'],
      excluded: [],
      requires: [['M2', 'M1']],
      excludes: [],
    });
    const edited = scenarioToDecisionModel(getScenario(db, 1));
    expect(edited.constraints).toEqual({
      maxMeasures: 2,
      required: ['M4'],
      requires: [['M2', 'M1']],
    });
    closeDatabase(db);
  });

  it('gives the engine values that match a hand computation', async () => {
    const db = await seededMemoryDb();
    const compiled = compileModel(scenarioToDecisionModel(getScenario(db, 1)));
    // M1 alone, equal weights 1/8: likely row .15 + 0 + .6 + .15 + .35 + .35 + .15 + .15 = 1.9 → 0.2375.
    expect(packageValue(compiled, [0])).toBeCloseTo(0.2375, 12);
    // {M3, M7} on C7: 1 − (1 − 0.8)(1 − 0.35) = 0.87; on C4: 1 − 0.85² = 0.2775.
    const cov = coverageInto(compiled, [2, 6], new Float64Array(8));
    expect(cov[6]).toBeCloseTo(0.87, 12);
    expect(cov[3]).toBeCloseTo(0.2775, 12);
    closeDatabase(db);
  });
});
