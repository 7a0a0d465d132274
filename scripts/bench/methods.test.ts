import { describe, expect, it } from 'vitest';
import { bench } from './methods';

describe('methods bench', () => {
  it('reports a finite, positive time for every method', async () => {
    const figures = await bench();
    expect(Object.keys(figures).sort()).toEqual(
      [
        'ahp_eigenvector_8',
        'ahp_llsm_8',
        'mcda_promethee2_7x8',
        'mcda_topsis_7x8',
        'mcda_vikor_7x8',
        'mcda_wpm_7x8',
        'mcda_wsm_7x8',
        'weights_roc_8',
      ].sort(),
    );
    for (const v of Object.values(figures)) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(50); // generous: these are microsecond-scale runs
    }
  });
});
