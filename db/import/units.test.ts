import { describe, expect, it } from 'vitest';
import { parseUnit, unitFactor } from './units';

describe('units', () => {
  it('parses Chinese and English magnitude prefixes', () => {
    expect(parseUnit('亿元')).toEqual({ scale: 1e8, base: 'yuan' });
    expect(parseUnit('万人')).toEqual({ scale: 1e4, base: 'person' });
    expect(parseUnit('100 million yuan')).toEqual({ scale: 1e8, base: 'yuan' });
    expect(parseUnit('亿元 / 100 million CNY')).toEqual({ scale: 1e8, base: 'yuan' });
    expect(parseUnit('％')).toEqual({ scale: 1, base: '%' });
    // "万" alone is a count of ten-thousands of nothing: keep it literal rather than guess.
    expect(parseUnit('万')).toEqual({ scale: 1, base: '万' });
  });

  it('converts 万元 → 亿元 exactly and refuses cross-dimension units', () => {
    const toYi = unitFactor('万元', ['亿元', '100 million CNY']);
    expect(toYi).toEqual({ ok: true, factor: 1e-4 });
    expect(unitFactor('元', ['元', 'CNY'])).toEqual({ ok: true, factor: 1 });
    expect(unitFactor('CNY', ['元', 'CNY'])).toEqual({ ok: true, factor: 1 });
    expect(unitFactor('%', ['亿元', '100 million CNY'])).toEqual({ ok: false });
    expect(unitFactor('万人', ['元'])).toEqual({ ok: false });
  });
});
