import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseYearCell } from './numbers';

describe('parseNumberCell', () => {
  const ok: Array<[string, number, boolean]> = [
    ['141633.81', 141633.81, false],
    ['０．３５', 0.35, false],
    ['１２３，４５６', 123456, false],
    ['123,456.5', 123456.5, false],
    ['1,234,567', 1234567, false],
    ['（12）', -12, false],
    ['(1,200)', -1200, false],
    ['-0.79', -0.79, false],
    ['7.54%', 7.54, true],
    ['７．５４％', 7.54, true],
    ['3.26万', 32600, false],
    ['1.5亿', 150_000_000, false],
    ['13.49万亿', 13.49e12, false],
    ['\u3000 42 \u3000', 42, false],
    ['-0', 0, false],
  ];
  it.each(ok)('%s → %d', (raw, value, isPercent) => {
    const parsed = parseNumberCell(raw);
    expect(parsed.kind).toBe('number');
    if (parsed.kind !== 'number') return;
    expect(parsed.value).toBeCloseTo(value, 6);
    expect(parsed.isPercent).toBe(isPercent);
    expect(Object.is(parsed.value, -0)).toBe(false);
  });

  it.each(['', '-', '—', '…', '——', '－', '...'])('%j is missing', (raw) => {
    expect(parseNumberCell(raw).kind).toBe('missing');
  });

  it.each([
    '12,34',
    '1,2345',
    'abc',
    '约100',
    '1.2.3',
    '12e3',
    '0x10',
    '1 234',
    '12%%',
    '(12',
    'Infinity',
    '1,234,56',
  ])('%j is an error, never a guess', (raw) => {
    expect(parseNumberCell(raw).kind).toBe('error');
  });
});

describe('parseYearCell', () => {
  it('reads the spellings found in yearbooks', () => {
    expect(parseYearCell('2023')).toBe(2023);
    expect(parseYearCell('2023年')).toBe(2023);
    expect(parseYearCell('２０２４年')).toBe(2024);
    expect(parseYearCell('2024.0')).toBe(2024);
    expect(parseYearCell('23')).toBeNull();
    expect(parseYearCell('2023-2024')).toBeNull();
    expect(parseYearCell('3023')).toBeNull();
  });
});

describe('footnote marks are not digits', () => {
  // NFKC would read these as 148715.51, 143852, 10343, 2023 and 34 (Arabic-Indic digits).
  it.each([
    ['148715.5¹', '¹'],
    ['14385²', '²'],
    ['1034③', '③'],
    ['1,234⁽¹⁾', '¹'],
    ['5₃', '₃'],
    ['12½', '½'],
    ['٣٤', '٣'],
    ['3㋀', '㋀'],
  ])('%j is an error naming %j', (raw, ch) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'error', foreignDigit: ch });
  });

  it('still folds full-width digits and punctuation', () => {
    expect(parseNumberCell('１４８７１５．５')).toMatchObject({ kind: 'number', value: 148715.5 });
    expect(parseNumberCell('(１２)')).toMatchObject({ kind: 'number', value: -12 });
  });

  it('a year written with a superscript or circled digit is no year', () => {
    expect(parseYearCell('202³')).toBeNull();
    expect(parseYearCell('202③年')).toBeNull();
    expect(parseYearCell('２０２３')).toBe(2023);
  });
});
