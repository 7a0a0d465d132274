/**
 * The fallback for a logged edit no describer knows (a kind added later, or fields a describer
 * does not read): its stored values are walked leaf by leaf and each difference becomes a change
 * of a plain kind (number, text, on/off, date, measures). The renderer names such a field from
 * its path ("maxMeasures" → "max measures"), so it still reads as words, never as JSON.
 */
import type { Change, ChangeValue } from '../../contract/change';
import type { NameBook } from './change-names';
import { amount, date, flag, measureList, sameValue, text } from './change-values';

const MAX_CHANGES = 50;
const MAX_DEPTH = 4;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Field names are ids in the contract: letters, digits, _ . - and at most 64 characters. */
const FIELD_UNSAFE = /[^A-Za-z0-9_.-]/g;

type Leaves = Map<string, ChangeValue | null>;

function leafValue(v: unknown, names: NameBook, knownMeasure: (id: string) => boolean) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? amount(v, null, 3) : text(String(v));
  if (typeof v === 'boolean') return flag(v);
  if (typeof v === 'string') return ISO_DATE.test(v) ? date(v) : text(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' && knownMeasure(x)))
    return measureList(v as string[], names);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
    return text(v.map((x) => String(x)).join(', '));
  return undefined; // an object or a list of objects: walked further
}

function collect(
  value: unknown,
  path: string,
  depth: number,
  out: Leaves,
  names: NameBook,
  knownMeasure: (id: string) => boolean,
): void {
  const leaf = leafValue(value, names, knownMeasure);
  if (leaf !== undefined || depth >= MAX_DEPTH) {
    out.set(path || 'value', leaf ?? null);
    return;
  }
  const entries = Array.isArray(value)
    ? value.map((x, k) => [String(k + 1), x] as const)
    : Object.entries(value as Record<string, unknown>);
  for (const [k, x] of entries)
    collect(x, path ? `${path}.${k}` : k, depth + 1, out, names, knownMeasure);
}

/**
 * Changes between two stored values, leaf by leaf; `skip` lists the top-level fields a describer
 * already phrased.
 */
export function genericChanges(
  before: unknown,
  after: unknown,
  names: NameBook,
  skip: ReadonlySet<string> = new Set(),
): Change[] {
  const knownMeasure = (id: string) => names.isMeasure(id);
  const b: Leaves = new Map();
  const a: Leaves = new Map();
  // A side that is null did not exist (a created or deleted thing): its leaves stay absent.
  if (before !== null && before !== undefined) collect(before, '', 0, b, names, knownMeasure);
  if (after !== null && after !== undefined) collect(after, '', 0, a, names, knownMeasure);
  const out: Change[] = [];
  for (const path of new Set([...b.keys(), ...a.keys()])) {
    if (skip.has(path.split('.')[0]!)) continue;
    const was = b.get(path);
    const now = a.get(path);
    if (was !== undefined && now !== undefined && sameValue(was, now)) continue;
    out.push({
      field: path.replace(FIELD_UNSAFE, '_').slice(0, 64) || 'value',
      subject: null,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
    });
    if (out.length >= MAX_CHANGES) break;
  }
  return out;
}
