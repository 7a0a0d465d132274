/**
 * The CLI never echoes a terminal escape sequence: a name stored before names were checked (or an
 * id in an input file) is printed with its control characters shown as `\uXXXX`, in the text
 * output, the JSON output and the one-line errors on stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import { terminalSafe } from './terminal-text';
import { runCliProcess } from './test-cli';

/** Anything a terminal could act on, except the line breaks and tabs of our own output. */
const UNSAFE = /(?![\n\t])[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

describe('terminalSafe', () => {
  it('shows escapes, CR, BEL, C1 and bidi controls as \\uXXXX and keeps the rest', () => {
    expect(terminalSafe('a\u001b[31mb\rc\u0007d\u009be\u202Ef')).toBe(
      'a\\u001b[31mb\\u000dc\\u0007d\\u009be\\u202ef',
    );
    const kept = '方案\t🧪 𠀀\n zero\u200bwidth';
    expect(terminalSafe(kept)).toBe(kept);
  });

  it('keeps JSON output parseable to the same value, with nothing unsafe left (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        const text = terminalSafe(JSON.stringify({ value, s }));
        expect(UNSAFE.test(text)).toBe(false);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ value, s })));
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});

describe('brief --scenario does not echo escape sequences', () => {
  let dataDir: string;
  const stored = 'legacy\u001b]0;owned\u0007\u001b[2Jname';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-term-'));
    const { db } = await openDatabase(databasePath(dataDir));
    // Written around the contract, as a database from before the name rule would hold it.
    db.prepare('UPDATE scenarios SET name = ? WHERE id = (SELECT min(id) FROM scenarios)').run(
      stored,
    );
    closeDatabase(db);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('an unknown scenario name and the list of known ones come out escaped', async () => {
    const r = await runCliProcess(
      ['brief', '--out', path.join(dataDir, 'x.pdf'), '--scenario', 'x\u001b[31m\u009b2J'],
      { dataDir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown scenario');
    expect(UNSAFE.test(r.stderr)).toBe(false);
    expect(r.stderr).toContain('x\\u001b[31m\\u009b2J');
    expect(r.stderr).toContain('legacy\\u001b]0;owned\\u0007\\u001b[2Jname');
    expect(r.stdout).toBe('');
  });
});
