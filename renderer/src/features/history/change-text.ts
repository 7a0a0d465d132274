import type { TFunction } from 'i18next';
import type { Bilingual, Change, ChangeValue, Difference } from '../../../../contract/change';
import type { Locale } from '../../../../contract/domain';
import { formatNumber, formatPercent, formatSigned, formatUpTo } from '../../format/number';
import { codeWords } from './code-words';
import { formatWhen } from './edit-label';

/**
 * Structured changes (contract/change.ts) as sentences in the active language: "预算：不限 →
 * 300 亿元", "Weight share of C4 …: 12.5% → 20.0%". Each value kind has one phrasing below; the
 * field picks the label and, where it matters, the words for "unset", on/off and choices
 * (change-i18n.ts). A field or choice without its own words is named from its code, so an edit
 * kind added later still reads as words.
 */

interface Ctx {
  t: TFunction;
  lang: Locale;
  field: string;
}

const K = 'history.change';
/** Saaty's limit for an acceptable AHP consistency ratio. */
const CR_LIMIT = 0.1;
/** Field codes used inside i18n keys: anything else (a path with dots) takes the fallback. */
const KEY_SAFE = /^[A-Za-z0-9_]+$/;

/** The translation under `key`, or '' when there is none. */
function lookup(t: TFunction, key: string, options: Record<string, string> = {}): string {
  return t(key, { ...options, defaultValue: '' });
}

function fieldWords(c: Ctx, group: string, leaf: string): string {
  return KEY_SAFE.test(c.field) ? lookup(c.t, `${K}.${group}.${c.field}.${leaf}`) : '';
}

const join = (c: Ctx, items: string[]): string =>
  items.length === 0 ? c.t(`${K}.none`) : items.join(c.t(`${K}.listSeparator`));

type Phrasings = {
  [Kind in ChangeValue['kind']]: (v: Extract<ChangeValue, { kind: Kind }>, c: Ctx) => string;
};

/** One phrasing per value kind; TypeScript refuses a new kind until it has one here. */
const PHRASINGS: Phrasings = {
  share: (v, c) => formatPercent(c.lang, v.share, 1),
  number: (v, c) => formatUpTo(c.lang, v.value, v.digits),
  range: (v, c) => {
    const f = (x: number) => (v.signed ? formatSigned(c.lang, x, 2) : formatUpTo(c.lang, x, 2));
    return c.t(`${K}.range`, { likely: f(v.likely), low: f(v.low), high: f(v.high) });
  },
  measures: (v, c) =>
    join(
      c,
      v.items.map((m) => m[c.lang]),
    ),
  pairs: (v, c) =>
    join(
      c,
      v.items.map(([a, b]) => {
        const words = { a: a[c.lang], b: b[c.lang] };
        return (
          (KEY_SAFE.test(c.field) && lookup(c.t, `${K}.pair.${c.field}`, words)) ||
          c.t(`${K}.pair.other`, words)
        );
      }),
    ),
  region: (v, c) => v.name[c.lang],
  regions: (v, c) =>
    join(
      c,
      v.items.map((r) => r[c.lang]),
    ),
  indicator: (v, c) => v.name[c.lang],
  text: (v, c) =>
    v.text.trim() === '' ? c.t(`${K}.emptyText`) : c.t(`${K}.quoted`, { text: v.text }),
  flag: (v, c) => {
    const leaf = v.on ? 'on' : 'off';
    return fieldWords(c, 'flag', leaf) || c.t(`${K}.flag.${leaf}`);
  },
  choice: (v, c) =>
    (KEY_SAFE.test(v.choice) &&
      (fieldWords(c, 'choice', v.choice) || lookup(c.t, `${K}.choiceAny.${v.choice}`))) ||
    codeWords(v.choice),
  date: (v, c) => formatWhen(c.lang, v.at),
  consistency: (v, c) => {
    const state = v.cr <= CR_LIMIT ? 'ok' : v.confirmed ? 'confirmed' : 'unconfirmed';
    return c.t(`${K}.consistency.${state}`, { cr: formatNumber(c.lang, v.cr, 3) });
  },
};

function unitOf(v: ChangeValue | null | undefined): Bilingual | null {
  return v && (v.kind === 'number' || v.kind === 'range') ? v.unit : null;
}

/** A value without its unit; null is "not set" in the field's own words ("no limit"). */
function valueText(c: Ctx, v: ChangeValue | null): string {
  if (v === null)
    return (KEY_SAFE.test(c.field) && lookup(c.t, `${K}.unsetFor.${c.field}`)) || c.t(`${K}.unset`);
  const phrase = PHRASINGS[v.kind] as (x: ChangeValue, ctx: Ctx) => string;
  return phrase(v, c);
}

/** A value with its unit, as a comparison cell shows it: "300 亿元" / "300 (100 million CNY)". */
export function phraseValue(
  t: TFunction,
  lang: Locale,
  field: string,
  v: ChangeValue | null,
): string {
  const c: Ctx = { t, lang, field };
  const unit = unitOf(v);
  const text = valueText(c, v);
  return unit ? t(`${K}.valueUnit`, { value: text, unit: unit[lang] }) : text;
}

/** "C4 … 的权重占比" / "Budget": what a change or a compared row is about. */
export function changeLabel(
  t: TFunction,
  lang: Locale,
  c: Pick<Change, 'field' | 'subject'>,
): string {
  const subject = c.subject?.[lang] ?? '';
  const own = KEY_SAFE.test(c.field) ? lookup(t, `${K}.field.${c.field}`, { subject }) : '';
  if (own) return own;
  const words = codeWords(c.field);
  return subject ? t(`${K}.fieldOf`, { subject, field: words }) : words;
}

const sameUnit = (a: Bilingual | null, b: Bilingual | null) =>
  a !== null && b !== null && a.zh === b.zh && a.en === b.en;

/** One change as a sentence: "预算：不限 → 300 亿元". */
export function phraseChange(t: TFunction, lang: Locale, change: Change): string {
  const c: Ctx = { t, lang, field: change.field };
  const label = changeLabel(t, lang, change);
  const { before, after } = change;
  if (before !== undefined && after !== undefined) {
    const ub = unitOf(before);
    const ua = unitOf(after);
    // One unit at the end when both sides share it (or one side is unset).
    const shared = sameUnit(ub, ua) || ub === null || ua === null ? (ub ?? ua) : null;
    if (shared)
      return t(`${K}.lineUnit`, {
        label,
        before: valueText(c, before),
        after: valueText(c, after),
        unit: shared[lang],
      });
    return t(`${K}.line`, {
      label,
      before: phraseValue(t, lang, change.field, before),
      after: phraseValue(t, lang, change.field, after),
    });
  }
  const only = after !== undefined ? after : before;
  if (only === undefined) return label;
  const unit = unitOf(only);
  return unit
    ? t(`${K}.onlyUnit`, { label, value: valueText(c, only), unit: unit[lang] })
    : t(`${K}.only`, { label, value: valueText(c, only) });
}

/** A compared row's label and one text per scenario. */
export function phraseDifference(
  t: TFunction,
  lang: Locale,
  d: Difference,
): { label: string; values: string[] } {
  return {
    label: changeLabel(t, lang, d),
    values: d.values.map((v) => phraseValue(t, lang, d.field, v)),
  };
}
