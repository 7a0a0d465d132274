import { describe, expect, it } from 'vitest';
import type { OutlineColumnView, TableOutlineView } from '../../../../contract/evidence';
import {
  assignmentFromMapping,
  guessAssignment,
  mappingProblems,
  needsFileIndicator,
  needsFileYear,
  toImportMapping,
  type ColumnAssignment,
} from './column-mapping';

const column = (index: number, header: string, extra: Partial<OutlineColumnView> = {}) => ({
  index,
  letter: String.fromCharCode(64 + index),
  header,
  label: header,
  unit: null,
  year: null,
  role: null,
  samples: [],
  ...extra,
});
const outline = (columns: OutlineColumnView[], headerLine = 2): TableOutlineView => ({
  headerLine,
  signature: 'a'.repeat(64),
  columns,
});

/** A bureau table whose headers the importer does not know ("省级单位", "统计年度", "收入"). */
const unknown = outline([
  column(1, '省级单位', { samples: ['黑龙江', '吉林'] }),
  column(2, '统计年度', { samples: ['2025', '2025'] }),
  column(3, '收入', { samples: ['31,888', '32100'] }),
  column(4, '备注', { samples: ['', '初步'] }),
]);

describe('guessAssignment', () => {
  it('takes the roles the headers name, first column of each only', () => {
    const o = outline([
      column(1, '地区', { role: 'region' }),
      column(2, '省份', { role: 'region' }),
      column(3, '指标', { role: 'indicator' }),
      column(4, '年份', { role: 'year' }),
      column(5, '数值', { role: 'value' }),
    ]);
    expect(guessAssignment(o).uses).toEqual(['region', 'ignore', 'indicator', 'year', 'value']);
  });

  it('reads a wide table: year headers are value columns with their year', () => {
    const o = outline([
      column(1, '地区', { role: 'region' }),
      column(2, '2023年', { year: 2023 }),
      column(3, '2024年', { year: 2024 }),
    ]);
    const a = guessAssignment(o);
    expect(a.uses).toEqual(['region', 'yearValues', 'yearValues']);
    expect(needsFileIndicator(a)).toBe(true);
    expect(needsFileYear(a)).toBe(false);
  });

  it('with a year column, numeric columns become one indicator each, text columns stay ignored', () => {
    const o = outline([
      column(1, '地区', { role: 'region' }),
      column(2, '年份', { role: 'year' }),
      column(3, 'GDP', { samples: ['5,000', '6000'] }),
      column(4, '说明', { samples: ['初步', ''] }),
    ]);
    expect(guessAssignment(o).uses).toEqual(['region', 'year', 'indicatorValues', 'ignore']);
  });

  it('leaves unknown headers as ignore, so the planner sees what is missing', () => {
    const a = guessAssignment(unknown);
    expect(a.uses).toEqual(['ignore', 'ignore', 'ignore', 'ignore']);
    expect(mappingProblems(unknown, a).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['no-region', 'no-values']),
    );
    expect(toImportMapping(unknown, a)).toBeNull();
  });
});

describe('mappingProblems and toImportMapping', () => {
  const mapped: ColumnAssignment = {
    uses: ['region', 'year', 'value', 'ignore'],
    indicator: '',
    year: null,
    unit: '',
  };

  it('asks for the indicator until a column or the whole-file field gives it', () => {
    expect(mappingProblems(unknown, mapped)).toEqual([{ kind: 'no-indicator' }]);
    const complete = { ...mapped, indicator: ' 居民人均可支配收入 ', unit: '元' };
    expect(mappingProblems(unknown, complete)).toEqual([]);
    expect(toImportMapping(unknown, complete)).toEqual({
      regionColumn: 1,
      yearColumn: 2,
      indicator: '居民人均可支配收入',
      unit: '元',
      valueColumns: [{ column: 3 }],
      headerRow: 2,
    });
  });

  it('refuses two region columns and a year-values column whose header is no year', () => {
    const a: ColumnAssignment = {
      uses: ['region', 'region', 'yearValues', 'ignore'],
      indicator: 'x',
      year: null,
      unit: '',
    };
    expect(mappingProblems(unknown, a)).toEqual([
      { kind: 'duplicate', use: 'region' },
      { kind: 'header-not-year', column: '收入' },
    ]);
  });

  it('wide tables: year and indicator headers go into valueColumns', () => {
    const o = outline([
      column(1, '地区', { role: 'region' }),
      column(2, '2024年', { year: 2024 }),
      column(3, 'GDP(亿元)', { label: 'GDP', unit: '亿元' }),
    ]);
    const m = toImportMapping(o, {
      uses: ['region', 'yearValues', 'indicatorValues'],
      indicator: 'gdp',
      year: 2024,
      unit: '',
    });
    expect(m?.valueColumns).toEqual([
      { column: 2, year: 2024 },
      { column: 3, indicator: 'GDP' },
    ]);
    expect(m).toMatchObject({ indicator: 'gdp', year: 2024 });
  });
});

describe('assignmentFromMapping (remembered mappings)', () => {
  it('round-trips what toImportMapping produced, header row aside', () => {
    const a: ColumnAssignment = {
      uses: ['region', 'year', 'value', 'ignore'],
      indicator: 'disposable_income',
      year: null,
      unit: '元',
    };
    const m = toImportMapping(unknown, a)!;
    const { headerRow: _h, ...remembered } = m;
    expect(assignmentFromMapping(unknown, remembered)).toEqual(a);
  });

  it('accepts header names as references (a CLI --map file) and refuses unknown columns', () => {
    expect(
      assignmentFromMapping(unknown, {
        regionColumn: '省级单位',
        yearColumn: '统计年度',
        valueColumns: [{ column: '收入' }],
        indicator: 'x',
      })?.uses,
    ).toEqual(['region', 'year', 'value', 'ignore']);
    expect(assignmentFromMapping(unknown, { regionColumn: 9 })).toBeNull();
    expect(assignmentFromMapping(unknown, { regionColumn: '不存在' })).toBeNull();
  });
});
