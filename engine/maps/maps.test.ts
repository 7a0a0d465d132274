import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, quantile } from './classes';
import { CITY_LAYOUT, PROVINCE_LAYOUT, readingOrder, tileInDirection } from './tile-layouts';

const distinctCells = (tiles: Record<string, { row: number; col: number }>) =>
  new Set(Object.values(tiles).map((p) => `${p.row},${p.col}`)).size;

describe('tile layouts', () => {
  it('place 31 provinces and 36 cities each on a cell of their own, inside the grid', () => {
    for (const [layout, n] of [
      [PROVINCE_LAYOUT, 31],
      [CITY_LAYOUT, 36],
    ] as const) {
      expect(Object.keys(layout.tiles)).toHaveLength(n);
      expect(distinctCells(layout.tiles)).toBe(n);
      for (const p of Object.values(layout.tiles)) {
        expect(p.row).toBeGreaterThanOrEqual(0);
        expect(p.row).toBeLessThan(layout.rows);
        expect(p.col).toBeGreaterThanOrEqual(0);
        expect(p.col).toBeLessThan(layout.cols);
      }
      for (const l of layout.labels)
        expect(Object.values(layout.tiles).some((p) => p.row === l.row && p.col === l.col)).toBe(
          false,
        );
    }
  });

  it('moves with the arrow keys to the nearest tile in that direction, and stops at the edge', () => {
    const codes = Object.keys(CITY_LAYOUT.tiles);
    // Shenyang (7,2): up Tieling (6,2), down Liaoyang (8,2), left Jinzhou (7,1), right Benxi (7,3).
    expect(tileInDirection(CITY_LAYOUT, codes, '210100', 'up')).toBe('211200');
    expect(tileInDirection(CITY_LAYOUT, codes, '210100', 'down')).toBe('211000');
    expect(tileInDirection(CITY_LAYOUT, codes, '210100', 'left')).toBe('210700');
    expect(tileInDirection(CITY_LAYOUT, codes, '210100', 'right')).toBe('210500');
    // Dalian is the southernmost tile.
    expect(tileInDirection(CITY_LAYOUT, codes, '210200', 'down')).toBeNull();
    const provinces = Object.keys(PROVINCE_LAYOUT.tiles);
    expect(tileInDirection(PROVINCE_LAYOUT, provinces, 'CN-LN', 'right')).toBe('CN-JL');
    expect(tileInDirection(PROVINCE_LAYOUT, provinces, 'CN-JL', 'up')).toBe('CN-HL');
    expect(readingOrder(PROVINCE_LAYOUT, provinces)[0]).toBe('CN-HL');
    expect(readingOrder(PROVINCE_LAYOUT, provinces).at(-1)).toBe('CN-HI');
  });
});

describe('class breaks', () => {
  it('are type 7 quintiles of the values shown', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    const b = classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(b?.bounds).toEqual([1, 3, 5, 7, 9, 11]);
    expect(classOf(b!, 1)).toBe(0);
    expect(classOf(b!, 3)).toBe(1);
    expect(classOf(b!, 10.9)).toBe(4);
    expect(classOf(b!, 11)).toBe(4);
  });

  it('never make more classes than distinct values, and cope with one value or none', () => {
    expect(classBreaks([5, 5, 7])?.bounds).toEqual([5, 7, 7]);
    expect(classOf(classBreaks([5, 5, 7])!, 5)).toBe(0);
    expect(classOf(classBreaks([5, 5, 7])!, 7)).toBe(1);
    expect(classBreaks([4, 4])?.bounds).toEqual([4, 4]);
    expect(classOf(classBreaks([4, 4])!, 4)).toBe(0);
    expect(classBreaks([])).toBeNull();
  });
});
