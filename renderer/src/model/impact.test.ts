import { describe, expect, it } from 'vitest';
import { contrastRatio, impactColors, levelOf, levelValue } from './impact-scale';
import { checkImpactDraft, parseImpactText } from './impact-validate';

describe('impact scale', () => {
  it('maps the scale points of docs/decision-model.md to their labels', () => {
    expect(levelOf(0)).toBe('none');
    expect(levelOf(0.15)).toBe('weak');
    expect(levelOf(0.35)).toBe('moderate');
    expect(levelOf(0.6)).toBe('strong');
    expect(levelOf(0.8)).toBe('veryStrong');
    expect(levelOf(-0.15)).toBe('adverse');
    expect(levelOf(-0.35)).toBe('strongAdverse');
    expect(levelValue('strong')).toBe(0.6);
  });
  it('labels in-between values by the nearest point, but never hides the sign', () => {
    expect(levelOf(0.5)).toBe('strong');
    expect(levelOf(1)).toBe('veryStrong');
    expect(levelOf(0.02)).toBe('weak');
    expect(levelOf(-0.02)).toBe('adverse');
    expect(levelOf(-1)).toBe('strongAdverse');
  });
  it('colours mitigation and adverse cells differently', () => {
    expect(impactColors(0.6).background).not.toBe(impactColors(-0.6).background);
    expect(impactColors(0).background).toBe('#f5f5f5');
    expect(impactColors(0.8).color).toBe('#ffffff');
    expect(impactColors(0.15).color).toBe('#000000');
  });
  it('keeps every cell label readable (WCAG AA, ≥ 4.5 : 1) across the whole range', () => {
    const rgb = (css: string) =>
      css.startsWith('#')
        ? [1, 3, 5].map((k) => parseInt(css.slice(k, k + 2), 16))
        : css.match(/\d+/g)!.map(Number);
    for (let v = -1; v <= 1.0001; v += 0.01) {
      const { background, color } = impactColors(Math.round(v * 100) / 100);
      expect(
        contrastRatio(rgb(background), rgb(color)),
        `value ${v.toFixed(2)}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('computes the WCAG contrast ratio (black on white = 21)', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });
});

describe('impact draft validation', () => {
  const ok = (low: string, likely: string, high: string) => checkImpactDraft({ low, likely, high });

  it('accepts ordered values in [−1, 1], including pasted minus signs and full-width digits', () => {
    expect(ok('0.2', '0.35', '0.5')).toEqual({
      ok: true,
      value: { low: 0.2, likely: 0.35, high: 0.5 },
    });
    expect(ok('−0.35', '-.15', '０.１')).toEqual({
      ok: true,
      value: { low: -0.35, likely: -0.15, high: 0.1 },
    });
    expect(ok('-1', '0', '1').ok).toBe(true);
  });
  it('names the field that is not a number', () => {
    expect(ok('0.1', 'abc', '0.2')).toEqual({
      ok: false,
      problem: { kind: 'notNumber', field: 'likely' },
    });
    expect(ok('', '0', '0')).toEqual({ ok: false, problem: { kind: 'notNumber', field: 'low' } });
    expect(ok('0', '0', '1e5')).toEqual({
      ok: false,
      problem: { kind: 'notNumber', field: 'high' },
    });
  });
  it('refuses values outside [−1, 1]', () => {
    expect(ok('-1.2', '0', '0')).toEqual({
      ok: false,
      problem: { kind: 'outOfRange', field: 'low' },
    });
    expect(ok('0', '0', '1.01')).toEqual({
      ok: false,
      problem: { kind: 'outOfRange', field: 'high' },
    });
  });
  it('refuses low > likely or likely > high', () => {
    expect(ok('0.5', '0.35', '0.6')).toEqual({ ok: false, problem: { kind: 'order' } });
    expect(ok('0.1', '0.7', '0.6')).toEqual({ ok: false, problem: { kind: 'order' } });
  });
  it('parses numbers strictly', () => {
    expect(parseImpactText(' 0.25 ')).toBe(0.25);
    expect(parseImpactText('1,5')).toBeUndefined();
    expect(parseImpactText('Infinity')).toBeUndefined();
  });
});
