import { describe, expect, it } from 'vitest';
import type { Region } from '../../../../contract/domain';
import type { ObservationCell, ObservationsResult } from '../../../../contract/evidence';
import {
  defaultRankingYear,
  provinceYears,
  nationalReference,
  northeastGaps,
  rankingRows,
  sourcesOfCells,
  tableRows,
} from './evidence-model';

const region = (code: string, kind: Region['kind'], isNortheast = false): Region => ({
  code,
  nameZh: `${code}省`,
  nameEn: code,
  kind,
  isNortheast,
  province: null,
});
const regions = [
  region('LN', 'province', true),
  region('JL', 'province', true),
  region('HL', 'province', true),
  region('GD', 'province'),
  // With GD and the three northeastern provinces, the real count of 31.
  ...Array.from({ length: 27 }, (_, i) => region(`P${i + 1}`, 'province')),
  region('CN', 'national'),
  region('NE', 'aggregate', true),
];
const cell = (r: string, year: number, value: number, flagged = false): ObservationCell => ({
  region: r,
  year,
  value,
  qualifier: 'exact',
  sourceLineZh: 's',
  sourceLineEn: 's',
  noteZh: '',
  noteEn: '',
  flags: flagged ? [{ rule: 'X', severity: 'warning', messageZh: 'x', messageEn: 'x' }] : [],
  importId: null,
});
const result = (cells: ObservationCell[]): ObservationsResult => ({
  indicator: {
    code: 'i',
    nameZh: 'i',
    nameEn: 'i',
    unit: '元',
    unitEn: 'yuan',
    direction: 1,
    category: 'income',
    measure: 'level',
    defaultSourceId: null,
    observations: cells.length,
    regions: 0,
    years: [],
    flags: 0,
  },
  years: [...new Set(cells.map((c) => c.year))],
  cells,
  notes: [],
  sources: [],
});

describe('evidence model', () => {
  const r = result([
    cell('LN', 2024, 40),
    cell('JL', 2024, 30),
    cell('HL', 2024, 20, true),
    cell('GD', 2024, 110),
    cell('GD', 2023, 100),
    cell('CN', 2024, 50),
  ]);
  it('ranks the provinces of the latest province year, NE marked, national row excluded', () => {
    expect(provinceYears(r, regions)).toEqual([
      { year: 2024, provinces: 4 },
      { year: 2023, provinces: 1 },
    ]);
    // No year reaches the coverage threshold in this small fixture: the newest is used.
    expect(defaultRankingYear(r, regions)).toBe(2024);
    const rows = rankingRows(r, regions, 2024, 'zh');
    expect(rows.map((x) => x.code)).toEqual(['GD', 'LN', 'JL', 'HL']);
    expect(rows.find((x) => x.code === 'HL')).toMatchObject({
      isNortheast: true,
      flagged: true,
      name: 'HL省',
    });
  });
  it('uses the national row, else the mean of the provinces outside the Northeast when 28 of 31 report', () => {
    expect(nationalReference(r, regions, 2024)).toEqual({
      value: 50,
      basis: 'national',
      provinces: 0,
    });
    // 2023: one province only — its value is no national reference.
    expect(nationalReference(r, regions, 2023)).toBeNull();
    const codes = regions.filter((x) => x.kind === 'province').map((x) => x.code);
    // 28 report: LN, JL, HL (1, 2, 3 — left out of the mean) and 25 others (4 … 28).
    const full = result(codes.slice(0, 28).map((c, i) => cell(c, 2022, i + 1)));
    expect(nationalReference(full, regions, 2022)).toEqual({
      value: 16,
      basis: 'mean',
      provinces: 25,
    });
    const short = result(codes.slice(0, 27).map((c, i) => cell(c, 2022, i + 1)));
    expect(nationalReference(short, regions, 2022)).toBeNull();
    expect(defaultRankingYear(result([...full.cells, cell('HL', 2023, 9)]), regions)).toBe(2022);
  });
  it('computes NE gaps in percent against the reference (hand-computed)', () => {
    // reference 50: LN −20 %, JL −40 %, HL −60 %, mean 30 → −40 %.
    expect(northeastGaps(r, regions, 2024, 'en', 'mean')).toEqual([
      { name: 'LN', gapPct: -20 },
      { name: 'JL', gapPct: -40 },
      { name: 'HL', gapPct: -60 },
      { name: 'mean', gapPct: -40 },
    ]);
  });
  it('lays out regions × years in region order', () => {
    const rows = tableRows(r, regions, 'en');
    expect(rows.map((x) => x.region)).toEqual(['LN', 'JL', 'HL', 'GD', 'CN']);
    expect(rows[3]!.byYear[2023]!.value).toBe(100);
  });
});

describe('sourcesOfCells', () => {
  it('cites only the sources of the values shown, each once, in the chart language', () => {
    const paper = { sourceLineZh: '论文表3', sourceLineEn: 'paper Table 3' };
    const file = {
      sourceLineZh: '导入文件：ln-2025.csv',
      sourceLineEn: 'Imported file: ln-2025.csv',
    };
    const cells = [
      { ...cell('LN', 2024, 1), ...paper },
      { ...cell('JL', 2024, 2), ...paper },
      { ...cell('LN', 2025, 3), ...file },
    ];
    const shown2024 = cells.filter((c) => c.year === 2024);
    expect(sourcesOfCells(shown2024, 'en')).toEqual(['paper Table 3']);
    expect(sourcesOfCells(cells, 'zh')).toEqual(['论文表3', '导入文件：ln-2025.csv']);
    expect(sourcesOfCells([{ ...cell('LN', 2024, 1), sourceLineEn: '' }], 'en')).toEqual([]);
  });
});
