import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../electron/services/dispatch';
import { openTempServices, type TempServices } from '../electron/services/test-support';
import { channels } from './channels';
import { longText, scenarioSummarySchema, shortText } from './domain';
import { stripBidiControls } from './plain-text';
import { writeFigures } from '../scripts/security/figures';

const CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) =>
  String.fromCodePoint(c),
);
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate control and nothing else', () => {
    expect(stripBidiControls(`a${CONTROLS.join('')}b`)).toBe('ab');
    // "invoice\u202Etxt.exe" would show as "invoiceexe.txt".
    expect(stripBidiControls('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
    const kept = '方案 𠀀🧪 zero\u200bwidth \u200e\u200f עברית عربي <b>=1+1</b>';
    expect(stripBidiControls(kept)).toBe(kept);
  });

  it('leaves no control in any string (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', '长', ' ', '\u200b') }),
        (s) => {
          expect(ANY_CONTROL.test(shortText.parse(s.slice(0, 200)))).toBe(false);
          expect(ANY_CONTROL.test(longText.parse(s))).toBe(false);
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('the contract cleans names on the way in and out', () => {
  it('scenario names, user names and stakeholder names lose their bidi controls', () => {
    const create = channels['scenario:create'].request.parse({
      name: '  \u202E方案A\u202C  ',
      regionCode: 'LN',
    });
    expect(create.name).toBe('方案A');
    expect(channels['settings:set'].request.parse({ userName: '\u2066李雷\u2069' }).userName).toBe(
      '李雷',
    );
    const stakeholder = channels['elicitation:saveStakeholder'].request.parse({
      scenarioId: 1,
      name: 'Bureau\u202Eevil',
      influence: 1,
      weights: {},
    });
    expect(stakeholder.name).toBe('Bureauevil');
  });

  it('refuses a name made only of controls, saying why', () => {
    const r = channels['scenario:rename'].request.safeParse({
      scenarioId: 1,
      name: '\u202E\u202C',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(
      /名称不能为空.*方向控制字符.*The name must not be empty \(invisible direction controls/,
    );
  });

  it('cleans replies too, so text stored before this rule still shows in logical order', () => {
    const summary = scenarioSummarySchema.parse({
      id: 1,
      name: 'old\u202Ename',
      regionCode: 'LN',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(summary.name).toBe('oldname');
  });
});

describe('through the real dispatch and database', () => {
  let t: TempServices;
  beforeAll(async () => {
    t = await openTempServices();
  });
  afterAll(() => t.cleanup());

  it('stores and returns the name without controls', async () => {
    const list = await dispatch(t.services, 'scenario:list', {});
    const regionCode = list.ok ? (list.value as { regionCode: string }[])[0]?.regionCode : '';
    const r = await dispatch(t.services, 'scenario:create', {
      name: 'Plan\u202Eexe.txt',
      regionCode,
    });
    expect(r).toMatchObject({ ok: true, value: { name: 'Planexe.txt' } });
    const row = t.db.prepare("SELECT name FROM scenarios WHERE name LIKE 'Plan%'").get() as {
      name: string;
    };
    expect(row.name).toBe('Planexe.txt');
  });
});

describe('names are one printable line of well-formed text', () => {
  let t: TempServices;
  let regionCode = '';
  beforeAll(async () => {
    t = await openTempServices();
    const list = await dispatch(t.services, 'scenario:list', {});
    regionCode = list.ok ? ((list.value as { regionCode: string }[])[0]?.regionCode ?? '') : '';
  });
  afterAll(() => t.cleanup());

  const BAD_NAMES = [
    'red\u001b[31m alert\u001b[0m',
    '\u001b]0;pwned\u0007title',
    'two\nlines',
    'tab\there',
    'bell\u0007',
    'nul\u0000byte',
    'del\u007f',
    'csi\u009b31m',
    'lone \ud800 high',
    'lone \udc00 low',
    'reversed \udc00\ud800 pair',
  ];
  const requests = (name: string): [string, unknown][] => [
    ['scenario:create', { name, regionCode }],
    ['scenario:rename', { scenarioId: 1, name }],
    ['settings:set', { userName: name }],
    ['elicitation:saveStakeholder', { scenarioId: 1, name, influence: 1, weights: {} }],
  ];

  it('refuses control characters and lone surrogates in every name, naming the field', async () => {
    const changes = (): number =>
      (t.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();
    let cases = 0;
    let refused = 0;
    for (const name of BAD_NAMES) {
      for (const [channel, request] of requests(name)) {
        cases += 1;
        const r = await dispatch(t.services, channel, request);
        expect(r.ok, `${channel} ${JSON.stringify(name)}`).toBe(false);
        if (r.ok) continue;
        expect(r.error.code).toBe('invalid-request');
        expect(r.error.field).toMatch(/^(name|userName)$/);
        expect(r.error.message).toMatch(/控制字符|代理字符/);
        refused += 1;
      }
    }
    expect(changes()).toBe(before);
    writeFigures('text', { cases, correctlyRefused: refused });
  });

  it('keeps what is printable: CJK, emoji (surrogate pairs), spaces and zero-width marks', async () => {
    const name = '长春 方案 🧪𠀀 zero\u200bwidth';
    const r = await dispatch(t.services, 'scenario:create', { name, regionCode });
    expect(r).toMatchObject({ ok: true, value: { name } });
  });

  it('refuses a lone surrogate in any text field, not only names', () => {
    expect(shortText.safeParse('a\ud800').success).toBe(false);
    expect(longText.safeParse('rationale \udfff').success).toBe(false);
    expect(longText.safeParse('多行\n理由 🧪').success).toBe(true);
  });
});
