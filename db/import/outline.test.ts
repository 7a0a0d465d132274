import { describe, expect, it } from 'vitest';
import type { Grid } from './grid';
import { headerSignature, outlineGrid } from './outline';

const grid = (rows: string[][]): Grid => ({
  rows: rows.map((cells, i) => ({ line: i + 1, cells })),
  formulaCells: [],
});

describe('outlineGrid', () => {
  it('finds an unrecognised header under a title line and samples the first data rows', () => {
    const o = outlineGrid(
      grid([
        ['2025年居民收入', '', ''],
        ['省级单位', '统计年度', '收入（元）'],
        ['黑龙江', '2025', '31,888'],
        [''],
        ['吉林', '2025', '32100'],
        ['辽宁', '2025', '40000'],
        ['内蒙古', '2025', '41000'],
      ]),
      undefined,
    );
    expect(o?.headerLine).toBe(2);
    expect(o?.columns.map((c) => [c.letter, c.header, c.label, c.unit, c.role])).toEqual([
      ['A', '省级单位', '省级单位', null, null],
      ['B', '统计年度', '统计年度', null, null],
      ['C', '收入（元）', '收入', '元', null],
    ]);
    expect(o?.columns[0]?.samples).toEqual(['黑龙江', '吉林', '辽宁']);
  });

  it('recognises known headers and year headers of a wide table', () => {
    const o = outlineGrid(
      grid([
        ['地区', '2023年', '2024年'],
        ['吉林', '1', '2'],
      ]),
      undefined,
    );
    expect(o?.columns.map((c) => [c.role, c.year])).toEqual([
      ['region', null],
      [null, 2023],
      [null, 2024],
    ]);
  });

  it('uses the mapping header row when given, and returns null for an empty sheet', () => {
    expect(
      outlineGrid(
        grid([
          ['a', 'b'],
          ['c', 'd'],
        ]),
        { regionColumn: 1, headerRow: 2 },
      )?.headerLine,
    ).toBe(2);
    expect(outlineGrid(grid([]), undefined)).toBeNull();
  });
});

describe('headerSignature', () => {
  it('ignores width, case, spacing and trailing empty headers, and tells layouts apart', () => {
    const base = headerSignature(['省级单位', '统计年度', 'Income (元)']);
    expect(headerSignature([' 省级单位', '统计 年度', 'ＩＮＣＯＭＥ（元）', ''])).toBe(base);
    expect(headerSignature(['省级单位', '收入', '统计年度'])).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
