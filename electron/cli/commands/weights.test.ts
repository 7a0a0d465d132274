import { describe, expect, it } from 'vitest';
import type { CliContext } from '../command';
import { weightsCommand } from './weights';

const ctx = (input: unknown): CliContext => ({
  input,
  args: [],
  flags: {},
  dataDir: '/nonexistent',
});

describe('weights command', () => {
  it('roc: ranking [1, 0, 2] → criterion 1 gets 11/18', async () => {
    const r = await weightsCommand.run(ctx({ method: 'roc', ranking: [1, 0, 2] }));
    expect(r.weights[1]).toBeCloseTo(11 / 18, 12);
    expect(r.weights[0]).toBeCloseTo(5 / 18, 12);
    expect(r.weights[2]).toBeCloseTo(2 / 18, 12);
    expect(weightsCommand.format(r)).toMatch(/ROC.*0-based/);
  });

  it('swing, direct and stakeholders', async () => {
    expect(
      (await weightsCommand.run(ctx({ method: 'swing', points: [100, 60, 40] }))).weights,
    ).toEqual([0.5, 0.3, 0.2]);
    expect(
      (await weightsCommand.run(ctx({ method: 'direct', points: [2, 2, 4] }))).weights,
    ).toEqual([0.25, 0.25, 0.5]);
    const s = await weightsCommand.run(
      ctx({ method: 'stakeholders', sets: [{ weights: [1, 1] }, { weights: [3, 1] }] }),
    );
    expect(s.weights[0]).toBeCloseTo(0.625, 12);
    expect(s.disagreement?.[0]?.spread).toBeCloseTo(0.25, 12);
    expect(weightsCommand.format(s)).toContain('极差 Spread');
  });

  it('bad input: the message starts with the field path', () => {
    expect(() => weightsCommand.run(ctx({ method: 'roc', ranking: [0, 'x'] }))).toThrow(
      /^ranking\[1\]: /,
    );
    expect(() => weightsCommand.run(ctx({ method: 'roc', ranking: [0, 0] }))).toThrow(
      /^ranking\[1\]: criterion 0 is listed twice/,
    );
    expect(() => weightsCommand.run(ctx({ method: 'ahp' }))).toThrow(/^method: /);
    expect(() => weightsCommand.run(ctx({ method: 'swing' }))).toThrow(/^points: /);
    expect(() => weightsCommand.run(ctx(undefined))).toThrow(/^(input|method): /);
  });
});
