import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../seed/regions';
import { rowOfCells, writeXlsx, type SheetSpec } from './big-files';
import { DEFAULT_LIMITS, ImportRefusedError } from './limits';
import { readXlsx } from './read-xlsx';

describe('readXlsx (streaming)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-read-xlsx-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const read = async (spec: SheetSpec, limits = DEFAULT_LIMITS) => {
    const file = path.join(tmp, `t${Math.random().toString(36).slice(2)}.xlsx`);
    await writeXlsx(file, spec);
    return readXlsx(fs.readFileSync(file), limits);
  };
  const names = PROVINCES.map((p) => p.nameZh);

  it('keeps Chinese text intact where it straddles the 16 KB chunks of the inflated XML', async () => {
    // Mostly 3-byte characters: a chunk boundary nearly always cuts one, which exceljs's streaming
    // reader decodes chunk by chunk (a multi-byte character split there would turn into U+FFFD).
    const note = (r: number): string => `${names[r % names.length]}统计年鉴第${r}号注释说明`;
    const shared = Array.from({ length: 3000 }, (_, i) => `共享文本${i}：黑龙江省吉林省辽宁省`);
    const grid = await read({
      sharedStrings: shared,
      rows: 3000,
      rowXml: (r) =>
        rowOfCells(r, [names[r % names.length] ?? '', note(r)]).replace(
          '</row>',
          `<c r="C${r}" t="s"><v>${r - 1}</v></c></row>`,
        ),
    });
    expect(grid.rows).toHaveLength(3000);
    for (const row of grid.rows) {
      expect(row.cells).toEqual([
        names[row.line % names.length],
        note(row.line),
        shared[row.line - 1],
      ]);
    }
  });

  it('reads a workbook without a shared-string part', async () => {
    const grid = await read({
      sharedStrings: null,
      rows: 2,
      rowXml: (r) => rowOfCells(r, r === 1 ? ['地区', '数值'] : ['辽宁', 34243.34]),
    });
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['地区', '数值'],
      ['辽宁', '34243.34'],
    ]);
  });

  it('fills merged ranges with the master value, clipped to what was read', async () => {
    const grid = await read({
      sharedStrings: [],
      rows: 3,
      rowXml: (r) => rowOfCells(r, r === 1 ? ['地区', '2024年'] : r === 2 ? ['辽宁', 1] : ['', 2]),
      // A2:A3 is the region merged down; A1:XFD1048576 would be 17 billion cells if honoured.
      afterRows:
        '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B1:XFD1048576"/></mergeCells>',
    });
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ['地区', '2024年'],
      ['辽宁', '2024年'],
      ['辽宁', '2024年'],
    ]);
  });

  it('refuses too many columns or cells while reading', async () => {
    const wide = read({
      sharedStrings: [],
      rows: 1,
      rowXml: () => '<row r="1"><c r="A1"><v>1</v></c><c r="ALN1"><v>2</v></c></row>',
    });
    await expect(wide).rejects.toMatchObject({ rule: 'too-many-columns', value: '1002' });
    const many = read(
      { sharedStrings: [], rows: 100, rowXml: (r) => rowOfCells(r, [1, 2, 3, 4]) },
      { ...DEFAULT_LIMITS, maxCells: 250 },
    );
    await expect(many).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(many).rejects.toMatchObject({ rule: 'too-many-cells' });
  });
});
