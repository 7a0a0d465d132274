/**
 * Which city figures the planner still has to import: per city of the Northeast and per
 * indicator of the city import template, the newest year with a figure (null: none yet).
 */
import type Database from 'better-sqlite3';
import { CITY_TEMPLATE_INDICATORS } from '../import/city-template';

export interface CityCoverage {
  indicators: string[];
  cities: { code: string; latest: Record<string, number | null>; missing: string[] }[];
}

export function cityCoverage(db: Database.Database): CityCoverage {
  const indicators = [...CITY_TEMPLATE_INDICATORS];
  const cities = (
    db.prepare("SELECT code FROM regions WHERE kind = 'city' ORDER BY sort, code").all() as {
      code: string;
    }[]
  ).map((r) => r.code);
  const rows = db
    .prepare(
      `SELECT o.region_code AS region, o.indicator_code AS indicator, max(o.year) AS year
       FROM observations o JOIN regions r ON r.code = o.region_code
       WHERE r.kind = 'city' GROUP BY o.region_code, o.indicator_code`,
    )
    .all() as { region: string; indicator: string; year: number }[];
  const newest = new Map(rows.map((r) => [`${r.region}|${r.indicator}`, r.year]));
  return {
    indicators,
    cities: cities.map((code) => {
      const latest = Object.fromEntries(
        indicators.map((i) => [i, newest.get(`${code}|${i}`) ?? null]),
      );
      return { code, latest, missing: indicators.filter((i) => latest[i] === null) };
    }),
  };
}
