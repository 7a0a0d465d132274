import { describe, expect, it } from 'vitest';
import { largeRun } from './smaa-large';

describe('large SMAA bench harness', () => {
  it('runs in a child process and reports time, peak growth and the table size', async () => {
    const r = await largeRun(3000, 1);
    expect(r.ms).toBeGreaterThan(0);
    expect(r.peakGrowthMB).toBeGreaterThanOrEqual(0);
    expect(r.cpuMs).toBeGreaterThan(0);
    expect(r.tablesMB).toBeCloseTo((2 * 30 * 30 * 8) / 1048576, 3);
  }, 60_000);
});
