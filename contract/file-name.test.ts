import { describe, expect, it } from 'vitest';
import { plainFileName } from './file-name';

describe('plainFileName', () => {
  it('removes bidi overrides, isolates and control characters', () => {
    expect(plainFileName('rlo-name\u202Evsc.exe.csv')).toBe('rlo-namevsc.exe.csv');
    expect(plainFileName('a\u2066b\u2069.csv')).toBe('ab.csv');
    expect(plainFileName('a\u001b[31mred\u0007\u009b\r\n.csv')).toBe('a[31mred.csv');
    expect(plainFileName('line\u2028break.csv')).toBe('linebreak.csv');
  });

  it('replaces a lone surrogate half, keeps real pairs and Chinese names', () => {
    expect(plainFileName('bad\uD800.csv')).toBe('bad\uFFFD.csv');
    expect(plainFileName('bad\uDC00x.csv')).toBe('bad\uFFFDx.csv');
    expect(plainFileName('统计😀表 2024（修订）.xlsx')).toBe('统计😀表 2024（修订）.xlsx');
  });
});
