import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOTAL_UNITS } from '../migrations/0075-severity-links';
import { closeDatabase, databasePath, openDatabase } from '../open';
import { seededMemoryDb, tempDir } from '../test-helpers';
import { seedDatabase } from './seed';

let db: Database.Database;
beforeAll(async () => {
  db = await seededMemoryDb();
});
afterAll(() => closeDatabase(db));

const count = (sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;
const value = (indicator: string, region: string, year: number): number | undefined =>
  (
    db
      .prepare(
        'SELECT value FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?',
      )
      .get(indicator, region, year) as { value: number } | undefined
  )?.value;

describe('regions', () => {
  it('holds 31 provincial units, the national total and the Northeast aggregate', () => {
    expect(count("SELECT count(*) AS n FROM regions WHERE kind = 'province'")).toBe(31);
    expect(
      count(
        "SELECT count(*) AS n FROM regions WHERE kind IN ('province', 'national', 'aggregate')",
      ),
    ).toBe(33);
    expect(
      db
        .prepare(
          "SELECT code FROM regions WHERE is_northeast = 1 AND kind IN ('province', 'aggregate') ORDER BY code",
        )
        .all(),
    ).toEqual([{ code: 'CN-HL' }, { code: 'CN-JL' }, { code: 'CN-LN' }, { code: 'NE' }]);
  });
});

describe('paper tables', () => {
  it('Table 1: 2024 GDP and nominal growth for 31 provinces, as printed', () => {
    expect(
      count(
        "SELECT count(DISTINCT region_code) AS n FROM observations WHERE indicator_code = 'gdp' AND year = 2024",
      ),
    ).toBe(31);
    expect(
      count(
        "SELECT count(*) AS n FROM observations WHERE indicator_code = 'gdp_growth_nominal' AND year = 2024",
      ),
    ).toBe(31);
    expect(value('gdp', 'CN-GD', 2024)).toBe(141633.81);
    expect(value('gdp', 'CN-HN', 2024)).toBe(5320.99); // kept as printed, flagged
    expect(value('gdp', 'CN-LN', 2024)).toBe(32612.7);
    expect(value('gdp_growth_nominal', 'CN-SX', 2024)).toBe(-0.79);
    expect(value('gdp_growth_nominal', 'CN-XZ', 2024)).toBe(15.56);
  });

  it('Table 2: total and 8 components for 全国, 吉林, 黑龙江 only', () => {
    expect(
      count("SELECT count(*) AS n FROM observations WHERE indicator_code LIKE 'consumption_%'"),
    ).toBe(27);
    expect(value('consumption_total', 'CN', 2024)).toBe(28227);
    expect(value('consumption_total', 'CN-JL', 2024)).toBe(23118);
    expect(value('consumption_education_culture', 'CN-HL', 2024)).toBe(2722);
    expect(value('consumption_total', 'CN-LN', 2024)).toBeUndefined();
  });

  it('Table 3: disposable income 2023/2024 and growth for 30 regions (no Yunnan), plus the national 41,314', () => {
    expect(
      count(
        "SELECT count(*) AS n FROM observations WHERE indicator_code = 'disposable_income' AND year = 2023",
      ),
    ).toBe(30);
    expect(
      count(
        "SELECT count(*) AS n FROM observations WHERE indicator_code = 'disposable_income_growth' AND source_id = 'paper-t3'",
      ),
    ).toBe(30);
    expect(value('disposable_income', 'CN-YN', 2024)).toBeUndefined();
    expect(value('disposable_income', 'CN-SH', 2023)).toBe(84834);
    expect(value('disposable_income', 'CN-HL', 2024)).toBe(30954);
    expect(value('disposable_income_growth', 'CN-XJ', 2024)).toBe(6.7);
    expect(value('disposable_income', 'CN', 2024)).toBe(41314);
  });
});

describe('§1, §2 and §4 figures on the Northeast aggregate', () => {
  it.each([
    ['regular_colleges', 260],
    ['sample20_graduates', 105900],
    ['sample20_stayed', 38700],
    ['sample20_stay_share', 36.54],
    ['outflow_rate_broad', 63.46],
    ['outflow_rate_narrow', 26.45],
    ['graduates_ne_origin', 55600],
    ['retention_shortfall', 16900],
    ['ministry_graduates', 52400],
    ['ministry_stayed', 14500],
    ['ministry_stay_share', 27.67],
    ['ministry_left', 37900],
    ['ministry_left_share', 72.33],
    ['outside_share_hit', 90],
    ['outside_share_jlu', 69.56],
    ['outside_share_neu', 70.56],
    ['outside_share_dut', 78.14],
    ['universities_985', 4],
    ['universities_211', 11],
    ['smart_city_pilots', 29],
    ['introduced_to_outflow_ratio', 0.1],
  ])('%s = %d', (indicator, expected) => {
    const row = db
      .prepare("SELECT value FROM observations WHERE indicator_code = ? AND region_code = 'NE'")
      .get(indicator) as { value: number };
    expect(row.value).toBe(expected);
  });

  it('keeps the paper\'s hedges ("approximately", "nearly", "less than")', () => {
    const q = (code: string): string =>
      (
        db
          .prepare(
            "SELECT qualifier FROM observations WHERE indicator_code = ? AND region_code = 'NE'",
          )
          .get(code) as { qualifier: string }
      ).qualifier;
    expect(q('graduates_ne_origin')).toBe('approx');
    expect(q('outside_share_hit')).toBe('nearly');
    expect(q('introduced_to_outflow_ratio')).toBe('less_than');
    expect(q('sample20_graduates')).toBe('exact');
  });

  it('§2 figures agree with each other as the paper states them', () => {
    const ne = (code: string): number =>
      (
        db
          .prepare("SELECT value FROM observations WHERE indicator_code = ? AND region_code = 'NE'")
          .get(code) as { value: number }
      ).value;
    expect((ne('sample20_stayed') / ne('sample20_graduates')) * 100).toBeCloseTo(
      ne('sample20_stay_share'),
      2,
    );
    expect(ne('graduates_ne_origin') - ne('sample20_stayed')).toBe(ne('retention_shortfall'));
    expect(ne('ministry_stayed') + ne('ministry_left')).toBe(ne('ministry_graduates'));
    expect((ne('ministry_left') / ne('ministry_graduates')) * 100).toBeCloseTo(
      ne('ministry_left_share'),
      2,
    );
  });
});

describe('provenance', () => {
  it('every observation has a unit and a source line', () => {
    const missing = db
      .prepare(
        `SELECT o.id FROM observations o JOIN indicators i ON i.code = o.indicator_code JOIN sources s ON s.id = o.source_id
         WHERE length(i.unit) = 0 OR length(s.publisher_zh) = 0 OR length(s.title_en) = 0`,
      )
      .all();
    expect(missing).toEqual([]);
    expect(count('SELECT count(*) AS n FROM observations')).toBe(
      count('SELECT count(*) AS n FROM observations o JOIN sources s ON s.id = o.source_id'),
    );
    expect(count('SELECT count(*) AS n FROM observations')).toBe(201);
  });

  it('Table 2 observations carry the assumed-year note', () => {
    expect(
      count(
        "SELECT count(*) AS n FROM observations WHERE source_id = 'paper-t2' AND note_en LIKE '%does not state the year%'",
      ),
    ).toBe(27);
  });
});

describe('quality flags', () => {
  const flags = (
    rule: string,
  ): { region_code: string | null; observation_id: number | null; severity: string }[] =>
    db
      .prepare(
        'SELECT region_code, observation_id, severity FROM data_quality_flags WHERE rule = ? ORDER BY id',
      )
      .all(rule) as never;

  it('flags Hunan GDP and the implausible growth rates, attached to their observations', () => {
    expect(flags('T1_MAGNITUDE')).toEqual([
      { region_code: 'CN-HN', observation_id: expect.any(Number), severity: 'warning' },
    ]);
    expect(flags('T1_GROWTH_IMPLAUSIBLE').map((f) => f.region_code)).toEqual([
      'CN-SH',
      'CN-BJ',
      'CN-XZ',
    ]);
    expect(flags('T1_GROWTH_IMPLAUSIBLE').every((f) => f.observation_id !== null)).toBe(true);
  });

  it('records Jilin Table 2 rounding, Liaoning undisclosed, Yunnan missing and figures without numbers', () => {
    expect(flags('T2_COMPONENT_SUM')).toEqual([
      { region_code: 'CN-JL', observation_id: expect.any(Number), severity: 'info' },
    ]);
    expect(flags('T2_LIAONING_UNDISCLOSED')).toHaveLength(1);
    expect(flags('T3_REGION_MISSING')[0]?.region_code).toBe('CN-YN');
    expect(flags('FIGURE_NO_NUMBERS')).toHaveLength(2);
  });

  it('has no Table 3 growth mismatch above 0.05 pp (the printed rates all agree within rounding)', () => {
    expect(flags('T3_GROWTH_MISMATCH')).toEqual([]);
    expect(flags('T3_GROWTH_ROUNDED').map((f) => f.region_code)).toEqual([
      'CN-GX',
      'CN-QH',
      'CN-XJ',
    ]);
  });

  it('every flag has both languages', () => {
    expect(
      count(
        'SELECT count(*) AS n FROM data_quality_flags WHERE length(message_zh) = 0 OR length(message_en) = 0',
      ),
    ).toBe(0);
  });
});

describe('causes, measures, impacts and the baseline', () => {
  it('8 causes and 7 measures with bilingual paper text and sections', () => {
    expect(db.prepare('SELECT id, paper_section FROM causes ORDER BY sort').all()).toEqual(
      Array.from({ length: 8 }, (_, i) => ({ id: `C${i + 1}`, paper_section: `§3.${i + 1}` })),
    );
    expect(db.prepare('SELECT id, paper_section FROM measures ORDER BY sort').all()).toEqual(
      Array.from({ length: 7 }, (_, i) => ({ id: `M${i + 1}`, paper_section: `§4.${i + 1}` })),
    );
    expect(
      count(
        'SELECT count(*) AS n FROM causes WHERE length(text_zh) < 40 OR length(text_en) < 80 OR default_weight <> 1',
      ),
    ).toBe(0);
    expect(
      count(
        'SELECT count(*) AS n FROM measures WHERE length(lead_agency_zh) = 0 OR length(lead_agency_en) = 0',
      ),
    ).toBe(0);
  });

  it('a full 7×8 default matrix on the labelled scale, every cell with a rationale citing the paper', () => {
    expect(count('SELECT count(*) AS n FROM default_impacts')).toBe(56);
    const scale = [-0.35, -0.15, 0, 0.15, 0.35, 0.6, 0.8];
    const cells = db.prepare('SELECT * FROM default_impacts').all() as {
      likely: number;
      low: number;
      high: number;
      rationale_zh: string;
      rationale_en: string;
      source: string;
    }[];
    for (const c of cells) {
      expect(scale).toContain(c.likely);
      expect(scale).toContain(c.low);
      expect(scale).toContain(c.high);
      expect(c.rationale_zh.length).toBeGreaterThan(0);
      expect(c.rationale_en.length).toBeGreaterThan(0);
      expect(c.source).toMatch(/§4\.\d, §3\.\d/);
    }
    const cell = (m: string, c: string) =>
      db
        .prepare(
          'SELECT low, likely, high FROM default_impacts WHERE measure_id = ? AND cause_id = ?',
        )
        .get(m, c);
    expect(cell('M1', 'C3')).toEqual({ low: 0.35, likely: 0.6, high: 0.8 }); // strong, one step either side
    expect(cell('M3', 'C7')).toEqual({ low: 0.6, likely: 0.8, high: 0.8 }); // very strong, clamped at the top
    expect(cell('M3', 'C4')).toEqual({ low: -0.15, likely: 0.15, high: 0.35 }); // renewal may raise rents
    // Climate is mostly beyond planning: no cause-1 cell above "weak".
    expect(
      count("SELECT count(*) AS n FROM default_impacts WHERE cause_id = 'C1' AND likely > 0.15"),
    ).toBe(0);
    expect(
      (
        db
          .prepare(
            "SELECT rationale_en FROM default_impacts WHERE measure_id = 'M2' AND cause_id = 'C1'",
          )
          .get() as { rationale_en: string }
      ).rationale_en,
    ).toMatch(/beyond urban planning.*draws no link/);
  });

  it('illustrative costs with a note, equal weights with a note, and a baseline whose budget binds', () => {
    const total = (
      db.prepare('SELECT sum(default_cost_likely) AS s FROM measures').get() as { s: number }
    ).s;
    expect(total).toBe(940);
    const baseline = db
      .prepare(
        'SELECT s.id, s.region_code, s.coverage_model, c.budget FROM scenarios s JOIN scenario_constraints c ON c.scenario_id = s.id',
      )
      .get();
    expect(baseline).toEqual({
      id: 1,
      region_code: 'NE',
      coverage_model: 'saturating',
      budget: 400,
    });
    expect(
      count('SELECT count(*) AS n FROM scenario_measures WHERE cost_is_illustrative = 1'),
    ).toBe(7);
    expect(db.prepare('SELECT key FROM dataset_notes ORDER BY key').all()).toEqual(
      expect.arrayContaining([{ key: 'costs' }, { key: 'weights' }, { key: 'impacts' }]),
    );
    expect(count('SELECT count(*) AS n FROM edit_log')).toBe(0);
    expect(count('SELECT count(*) AS n FROM cause_indicator_links')).toBeGreaterThanOrEqual(5);
    // The seed marks exactly the indicators migration 0075 marks on an existing database, and the
    // population (万人) migration 0080 adds as a total.
    const totals = db
      .prepare("SELECT code, unit FROM indicators WHERE measure = 'total' ORDER BY code")
      .all() as { code: string; unit: string }[];
    expect(totals.map((t) => t.code)).toEqual(
      [
        ...(
          db
            .prepare(
              `SELECT code FROM indicators WHERE unit IN (${TOTAL_UNITS.map(() => '?').join(', ')})`,
            )
            .all(...TOTAL_UNITS) as { code: string }[]
        ).map((r) => r.code),
        'population',
      ].sort(),
    );
    expect(totals.map((t) => t.code)).toContain('gdp');
    // Severity compares levels, per-capita figures, rates and shares, never totals (亿元) of
    // provinces of different size.
    expect(
      db
        .prepare(
          `SELECT l.cause_id, l.indicator_code FROM cause_indicator_links l
           JOIN indicators i ON i.code = l.indicator_code WHERE i.measure = 'total'`,
        )
        .all(),
    ).toEqual([]);
  });
});

describe('seeding on open', () => {
  it('seeds a schema-only database (a first run that crashed before the seed committed) on the next open', async () => {
    const t = tempDir();
    try {
      const file = databasePath(t.dir);
      const first = await openDatabase(file, { skipSeed: true });
      closeDatabase(first.db);
      const second = await openDatabase(file);
      expect(second.report.created).toBe(false);
      expect(second.report.seed?.scenarioId).toBe(1);
      closeDatabase(second.db);
      const third = await openDatabase(file);
      expect(third.report.seed).toBeNull();
      closeDatabase(third.db);
    } finally {
      t.cleanup();
    }
  });

  it('a second seed fails as a whole and leaves the first intact', async () => {
    const other = await seededMemoryDb();
    expect(() => seedDatabase(other)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect((other.prepare('SELECT count(*) AS n FROM scenarios').get() as { n: number }).n).toBe(1);
    closeDatabase(other);
  });
});
