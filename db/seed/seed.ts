import type Database from 'better-sqlite3';
import { CAUSES } from './causes';
import {
  CAUSE_LINKS,
  COST_UNIT,
  DATASET_NOTES,
  DEFAULT_CAUSE_WEIGHT,
  DEFAULT_SCENARIO,
  MEASURE_COSTS,
} from './defaults';
import { defaultImpacts } from './impacts';
import { aggregationOf, INDICATORS } from './indicators';
import { insertCityRegions, insertSeedGroups } from './city-regions';
import { MEASURES } from './measures';
import { paperObservations } from './observations';
import { computedFlags, type QualityFlagSeed } from './quality-rules';
import { MANUAL_FLAGS } from './quality-notes';
import { REGIONS, regionAliases } from './regions';
import { SOURCES } from './sources';
import { CITIES } from './cities';
import { GROUPS } from './groups';
import { createScenarioFromDefaults } from '../repositories/scenario/write';
import { writeTransaction } from '../write-transaction';

/** Bumped when the embedded dataset changes, so a later release can offer to refresh it. */
export const SEED_VERSION = 1;

export interface SeedReport {
  regions: number;
  sources: number;
  indicators: number;
  observations: number;
  qualityFlags: number;
  causes: number;
  measures: number;
  impacts: number;
  scenarioId: number;
}

/**
 * Writes the embedded default dataset in ONE transaction: either the whole paper is there or
 * nothing is (a crash on first run then simply seeds again on the next open).
 */
export function seedDatabase(db: Database.Database): SeedReport {
  return writeTransaction(db, (): SeedReport => {
    const insRegion = db.prepare(
      'INSERT INTO regions (code, name_zh, name_en, kind, is_northeast, sort) VALUES (?, ?, ?, ?, ?, ?)',
    );
    REGIONS.forEach((r, i) =>
      insRegion.run(r.code, r.nameZh, r.nameEn, r.kind, r.isNortheast ? 1 : 0, i),
    );
    const insAlias = db.prepare('INSERT INTO region_aliases (alias, region_code) VALUES (?, ?)');
    for (const [alias, code] of Object.entries(regionAliases)) insAlias.run(alias, code);
    insertCityRegions(db);
    insertSeedGroups(db);

    const insSource = db.prepare(
      'INSERT INTO sources (id, publisher_zh, publisher_en, title_zh, title_en, year, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const s of SOURCES)
      insSource.run(
        s.id,
        s.publisherZh,
        s.publisherEn,
        s.titleZh,
        s.titleEn,
        s.year,
        s.noteZh,
        s.noteEn,
      );

    const insIndicator = db.prepare(
      'INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category, default_source_id, sort, measure, aggregation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    INDICATORS.forEach((d, i) =>
      insIndicator.run(
        d.code,
        d.nameZh,
        d.nameEn,
        d.unit,
        d.unitEn,
        d.direction,
        d.category,
        d.sourceId,
        i,
        d.measure ?? 'level',
        aggregationOf(d.unit),
      ),
    );

    const insObs = db.prepare(
      'INSERT INTO observations (indicator_code, region_code, year, value, qualifier, source_id, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const observations = paperObservations();
    for (const o of observations)
      insObs.run(
        o.indicator,
        o.region,
        o.year,
        o.value,
        o.qualifier,
        o.sourceId,
        o.noteZh,
        o.noteEn,
      );

    const flags = [...computedFlags(), ...MANUAL_FLAGS];
    for (const f of flags) insertFlag(db, f);

    const insCause = db.prepare(
      'INSERT INTO causes (id, name_zh, name_en, text_zh, text_en, paper_section, sort, default_weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    CAUSES.forEach((c, i) =>
      insCause.run(
        c.id,
        c.nameZh,
        c.nameEn,
        c.textZh,
        c.textEn,
        c.paperSection,
        i,
        DEFAULT_CAUSE_WEIGHT,
      ),
    );

    const insMeasure = db.prepare(
      `INSERT INTO measures (id, name_zh, name_en, text_zh, text_en, paper_section, lead_agency_zh, lead_agency_en, sort,
         default_cost_low, default_cost_likely, default_cost_high, cost_unit, default_years_to_effect)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    MEASURES.forEach((m, i) => {
      const cost = MEASURE_COSTS[m.id];
      if (!cost) throw new Error(`no illustrative cost for ${m.id}`);
      insMeasure.run(
        m.id,
        m.nameZh,
        m.nameEn,
        m.textZh,
        m.textEn,
        m.paperSection,
        m.leadAgencyZh,
        m.leadAgencyEn,
        i,
        cost.low,
        cost.likely,
        cost.high,
        COST_UNIT,
        cost.yearsToEffect,
      );
    });

    const insImpact = db.prepare(
      'INSERT INTO default_impacts (measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const impacts = defaultImpacts(
      MEASURES.map((m) => m.id),
      CAUSES.map((c) => c.id),
    );
    for (const e of impacts)
      insImpact.run(
        e.measureId,
        e.causeId,
        e.low,
        e.likely,
        e.high,
        e.rationaleZh,
        e.rationaleEn,
        e.source,
      );

    const insNote = db.prepare(
      'INSERT INTO dataset_notes (key, text_zh, text_en) VALUES (?, ?, ?)',
    );
    for (const n of DATASET_NOTES) insNote.run(n.key, n.textZh, n.textEn);

    const insLink = db.prepare(
      'INSERT INTO cause_indicator_links (cause_id, indicator_code, direction, reference, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const l of CAUSE_LINKS)
      insLink.run(l.causeId, l.indicator, l.direction, l.reference, l.noteZh, l.noteEn);

    // The baseline is created through the same path as a planner's scenario, so it is a true copy of the defaults.
    const scenario = createScenarioFromDefaults(
      db,
      DEFAULT_SCENARIO.name,
      DEFAULT_SCENARIO.regionCode,
      { audit: false },
    );
    db.prepare("INSERT INTO settings (key, value) VALUES ('default_scenario', ?)").run(
      String(scenario.id),
    );
    db.prepare("INSERT INTO settings (key, value) VALUES ('seed_version', ?)").run(
      String(SEED_VERSION),
    );

    return {
      regions: REGIONS.length + CITIES.length + GROUPS.length,
      sources: SOURCES.length,
      indicators: INDICATORS.length,
      observations: observations.length,
      qualityFlags: flags.length,
      causes: CAUSES.length,
      measures: MEASURES.length,
      impacts: impacts.length,
      scenarioId: scenario.id,
    };
  });
}

function insertFlag(db: Database.Database, f: QualityFlagSeed): void {
  const observation =
    f.indicator && f.region && f.year !== null
      ? (db
          .prepare(
            'SELECT id FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?',
          )
          .get(f.indicator, f.region, f.year) as { id: number } | undefined)
      : undefined;
  db.prepare(
    `INSERT INTO data_quality_flags (rule, severity, observation_id, indicator_code, region_code, year, message_zh, message_en)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    f.rule,
    f.severity,
    observation?.id ?? null,
    f.indicator,
    f.region,
    f.year,
    f.messageZh,
    f.messageEn,
  );
}
