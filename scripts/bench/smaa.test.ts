import { describe, expect, it } from 'vitest';
import { bench } from './smaa';

describe('smaa bench', () => {
  it('reports finite positive timings under its names', async () => {
    const figures = await bench();
    expect(Object.keys(figures).sort()).toEqual(
      ['smaa_packages_10k_7x8', 'smaa_packages_10k_7x8_ordinal', 'smaa_plain_10k_7x8'].sort(),
    );
    for (const v of Object.values(figures)) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
  });
});
