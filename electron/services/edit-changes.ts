/**
 * A logged edit as structured changes (contract/change.ts) for the audit log and the undo bar.
 * One describer per edit kind (edit_log.entity) reads the stored before/after states; whatever a
 * describer does not read, and every kind without a describer, goes through the generic walk
 * (generic-changes.ts), so a new kind is readable before it gets its own phrasing.
 *
 * Adding a kind: write a describer that returns its subject and changes built with the value
 * helpers (change-values.ts), register it in DESCRIBERS, and give each new `field` a label in
 * the renderer (renderer/src/features/history/change-i18n.ts).
 */
import { z } from 'zod';
import type { Bilingual, Change, ChangeValue } from '../../contract/change';
import { ahpVariantSchema, type AhpVariant } from '../../contract/domain';
import { CR_THRESHOLD } from '../../engine/weights';
import { CAUSE_LINK_ENTITY } from '../../db/repositories/cause-links.repo';
import { DELETE_ENTITY, REGION_ENTITY } from '../../db/repositories/global-undo.repo';
import { GROUP_ENTITY } from '../../db/repositories/groups.repo';
import { REGION_SETTINGS_ENTITY } from '../../db/repositories/region-settings.repo';
import { bilingualUnit, both, onCause, readFrom, together, type NameBook } from './change-names';
import {
  amount,
  choice,
  measureList,
  constraintValues,
  date,
  flag,
  indicator,
  range,
  region,
  regionList,
  sameValue,
  share,
  sharesOf,
  text,
  years,
} from './change-values';
import { genericChanges } from './generic-changes';
import { CONSTRAINT_KEYS } from './scenario-inputs-schema';

export interface DescribedEdit {
  subject: Bilingual | null;
  changes: Change[];
}

interface EditInput {
  entity: string;
  key: string;
  scenarioId: number | null;
  before: unknown;
  after: unknown;
}

type Describer = (e: EditInput, names: NameBook) => DescribedEdit;

/** A share moving by less than this does not show at one decimal of a percent. */
const SHARE_EPSILON = 5e-4;

/** One change per field whose value differs; `before`/`after` omitted for a side that is absent. */
function fieldChanges(
  fields: readonly string[],
  before: Record<string, ChangeValue | null> | null,
  after: Record<string, ChangeValue | null> | null,
  subject: Bilingual | null,
): Change[] {
  const out: Change[] = [];
  for (const field of fields) {
    const b = before ? (before[field] ?? null) : undefined;
    const a = after ? (after[field] ?? null) : undefined;
    if (b !== undefined && a !== undefined && sameValue(b, a)) continue;
    out.push({
      field,
      subject,
      ...(b === undefined ? {} : { before: b }),
      ...(a === undefined ? {} : { after: a }),
    });
  }
  return out;
}

/**
 * A stored side parsed with `schema` (unknown keys kept for the generic walk): null when the side
 * is absent, undefined when it has another shape (the caller then falls back to the generic walk).
 */
function side<T>(schema: z.ZodType<T>, value: unknown): T | null | undefined {
  if (value === null || value === undefined) return null;
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** Where a value came from (default / edited / confirmed); absent in edits logged before it was recorded. */
const provenanceShape = z.object({ kind: z.enum(['default', 'edited', 'confirmed']) }).optional();

/** A provenance as a choice ("illustrative default" / "edited" / "confirmed"); null when not logged. */
const provenanceValue = (p: z.infer<typeof provenanceShape>): ChangeValue | null =>
  p ? choice(p.kind) : null;

const singleWeight = z.looseObject({ weight: z.number(), total: z.number().optional() });
const weightSet = z.looseObject({
  weights: z.record(z.string(), z.number()),
  all: z.record(z.string(), z.number()).optional(),
  consistency: z.object({ cr: z.number(), confirmed: z.boolean() }).optional(),
  /** What produced the weights; its CR stands in for `consistency` in edits logged before it. */
  weighting: z
    .object({ cr: z.number().nullable().optional(), ahp: ahpVariantSchema.nullable().optional() })
    .optional(),
});

/** How the audit names one matrix of an AHP hierarchy or group. */
function matrixSubject(m: AhpVariant['matrices'][number]): Bilingual {
  switch (m.scope) {
    case 'themes':
      return { zh: '主题之间', en: 'Among themes' };
    case 'theme':
      return { zh: `主题“${m.name}”内`, en: `Within theme “${m.name}”` };
    case 'group':
      return { zh: '群组汇总矩阵', en: 'Aggregated group matrix' };
    case 'judge':
      return { zh: `评判者“${m.name}”`, en: `Judge “${m.name}”` };
  }
}

/** The AHP variant applied ("AHP hierarchy", "group AHP (AIJ)") and every matrix's CR. */
function variantChanges(v: AhpVariant, confirmed: boolean): Change[] {
  const choice =
    v.kind === 'hierarchy' ? 'hierarchy' : v.aggregation === 'aip' ? 'groupAip' : 'groupAij';
  return [
    { field: 'ahpVariant', subject: null, after: { kind: 'choice', choice } },
    ...v.matrices.map((m): Change => ({
      field: 'ahpMatrixConsistency',
      subject: matrixSubject(m),
      after: { kind: 'consistency', cr: m.cr, confirmed: confirmed && m.cr > CR_THRESHOLD },
    })),
  ];
}

/**
 * One cause's raw weight: shown as its share of all weights before and after, from the totals
 * logged with the edit. Entries logged before totals were recorded show the raw weight, saying so.
 */
const causeWeight: Describer = (e, names) => {
  const subject = names.cause(e.key);
  const b = side(singleWeight, e.before);
  const a = side(singleWeight, e.after);
  if (!b || !a) return { subject, changes: genericChanges(e.before, e.after, names) };
  const shareOf = (w: { weight: number; total?: number | undefined }) =>
    w.total !== undefined && w.total > 0 ? share(w.weight / w.total) : null;
  if (b.total !== undefined && a.total !== undefined)
    return {
      subject,
      changes: [{ field: 'weightShare', subject, before: shareOf(b), after: shareOf(a) }],
    };
  return {
    subject,
    changes: [
      {
        field: 'rawWeight',
        subject,
        before: amount(b.weight, null, 3),
        after: amount(a.weight, null, 3),
      },
    ],
  };
};

/** A weight method applied: every cause whose share moved, and the AHP consistency it was applied at. */
const causeWeights: Describer = (e, names) => {
  const b = side(weightSet, e.before);
  const a = side(weightSet, e.after);
  if (!b || !a) return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const changes: Change[] = [];
  const sb = b.all && sharesOf(b.all);
  const sa = a.all && sharesOf(a.all);
  if (sb && sa) {
    for (const id of Object.keys(sa)) {
      if (Math.abs((sb[id] ?? 0) - (sa[id] ?? 0)) < SHARE_EPSILON) continue;
      const subject = names.cause(id);
      const was = sb[id];
      changes.push({
        field: 'weightShare',
        subject,
        before: was === undefined ? null : share(was),
        after: share(sa[id]!),
      });
    }
  } else {
    for (const [id, w] of Object.entries(a.weights)) {
      const was = b.weights[id];
      changes.push({
        field: 'rawWeight',
        subject: names.cause(id),
        before: was === undefined ? null : amount(was, null, 3),
        after: amount(w, null, 3),
      });
    }
  }
  const cr =
    a.consistency ??
    (typeof a.weighting?.cr === 'number' ? { cr: a.weighting.cr, confirmed: false } : null);
  if (cr)
    changes.push({
      field: 'ahpConsistency',
      subject: null,
      after: { kind: 'consistency', cr: cr.cr, confirmed: cr.confirmed },
    });
  if (a.weighting?.ahp) changes.push(...variantChanges(a.weighting.ahp, cr?.confirmed === true));
  return { subject: null, changes };
};

const impactCell = z.looseObject({
  measureId: z.string(),
  causeId: z.string(),
  low: z.number(),
  likely: z.number(),
  high: z.number(),
  rationaleZh: z.string(),
  rationaleEn: z.string(),
  source: z.string(),
  provenance: provenanceShape,
});
const IMPACT_FIELDS = [
  'impact',
  'rationaleZh',
  'rationaleEn',
  'impactSource',
  'impactProvenance',
] as const;

function impactSubject(key: string, names: NameBook): Bilingual {
  const [m = key, c = ''] = key.split('×');
  return onCause(names.measure(m), names.cause(c));
}

const impact: Describer = (e, names) => {
  const subject = impactSubject(e.key, names);
  const b = side(impactCell, e.before);
  const a = side(impactCell, e.after);
  if (!b || !a) return { subject, changes: genericChanges(e.before, e.after, names) };
  const values = (c: z.infer<typeof impactCell>) => ({
    impact: range(c, null, true),
    rationaleZh: text(c.rationaleZh),
    rationaleEn: text(c.rationaleEn),
    impactSource: text(c.source),
    impactProvenance: provenanceValue(c.provenance),
  });
  const changes = fieldChanges(IMPACT_FIELDS, values(b), values(a), subject);
  const read = new Set([...Object.keys(impactCell.shape)]);
  return {
    subject,
    changes: [
      // Saved unchanged: still say what the cell holds.
      ...(changes.length === 0 ? [{ field: 'impact', subject, after: values(a).impact }] : changes),
      ...genericChanges(e.before, e.after, names, read).map((c) => ({ ...c, subject })),
    ],
  };
};

const measureCost = z.looseObject({
  costLow: z.number(),
  costLikely: z.number(),
  costHigh: z.number(),
  yearsToEffect: z.number(),
  costUnit: z.string(),
  costIsIllustrative: z.boolean(),
  provenance: provenanceShape,
  /** null: the catalogue's lead agency. */
  leadAgencyZh: z.string().nullable().optional(),
  leadAgencyEn: z.string().nullable().optional(),
});
const COST_FIELDS = [
  'cost',
  'years',
  'costUnit',
  'costIllustrative',
  'costProvenance',
  'leadAgencyZh',
  'leadAgencyEn',
] as const;

const measureCostEdit: Describer = (e, names) => {
  const subject = names.measure(e.key);
  const b = side(measureCost, e.before);
  const a = side(measureCost, e.after);
  if (!b || !a) return { subject, changes: genericChanges(e.before, e.after, names) };
  const values = (m: z.infer<typeof measureCost>) => ({
    cost: range(
      { low: m.costLow, likely: m.costLikely, high: m.costHigh },
      bilingualUnit(m.costUnit),
      false,
    ),
    years: years(m.yearsToEffect),
    costUnit: text(m.costUnit),
    // The older on/off mark, for edits logged before the provenance said the same in full.
    costIllustrative: m.provenance ? null : flag(m.costIsIllustrative),
    costProvenance: provenanceValue(m.provenance),
    leadAgencyZh: typeof m.leadAgencyZh === 'string' ? text(m.leadAgencyZh) : null,
    leadAgencyEn: typeof m.leadAgencyEn === 'string' ? text(m.leadAgencyEn) : null,
  });
  const read = new Set(Object.keys(measureCost.shape));
  return {
    subject,
    changes: [
      ...fieldChanges(COST_FIELDS, values(b), values(a), subject),
      ...genericChanges(e.before, e.after, names, read).map((c) => ({ ...c, subject })),
    ],
  };
};

const constraintsShape = z.looseObject({
  budget: z.number().nullable(),
  maxMeasures: z.number().nullable(),
  required: z.array(z.string()),
  excluded: z.array(z.string()),
  requires: z.array(z.tuple([z.string(), z.string()])),
  excludes: z.array(z.tuple([z.string(), z.string()])),
  budgetProvenance: provenanceShape,
});
const CONSTRAINT_FIELDS = [...CONSTRAINT_KEYS, 'budgetProvenance'] as const;

const constraints: Describer = (e, names) => {
  const b = side(constraintsShape, e.before);
  const a = side(constraintsShape, e.after);
  if (b === undefined || a === undefined)
    return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const unit = names.costUnit(e.scenarioId);
  const read = new Set(Object.keys(constraintsShape.shape));
  return {
    subject: null,
    changes: [
      ...fieldChanges(
        CONSTRAINT_FIELDS,
        b && {
          ...constraintValues(b, names, unit),
          budgetProvenance: provenanceValue(b.budgetProvenance),
        },
        a && {
          ...constraintValues(a, names, unit),
          budgetProvenance: provenanceValue(a.budgetProvenance),
        },
        null,
      ),
      ...genericChanges(e.before, e.after, names, read),
    ],
  };
};

/** A single stored field `{ [prop]: value }` → one change of `field`. */
function oneField(
  prop: string,
  field: string,
  value: (v: unknown, names: NameBook) => ChangeValue | null | undefined,
): Describer {
  return (e, names) => {
    const read = (s: unknown) =>
      s !== null && typeof s === 'object' && prop in s
        ? value((s as Record<string, unknown>)[prop], names)
        : undefined;
    const b = read(e.before);
    const a = read(e.after);
    if (b === undefined || a === undefined)
      return { subject: null, changes: genericChanges(e.before, e.after, names) };
    return { subject: null, changes: [{ field, subject: null, before: b, after: a }] };
  };
}

const asText = (v: unknown) => (typeof v === 'string' ? text(v) : undefined);
const asRegion = (v: unknown, names: NameBook) =>
  typeof v === 'string' ? region(v, names) : undefined;
const asChoice = (v: unknown) => (typeof v === 'string' ? choice(v) : undefined);

const synergy: Describer = (e, names) => {
  const [x = e.key, y = ''] = e.key.split('|');
  const subject = together(names.measure(x), names.measure(y));
  const value = (s: unknown) =>
    s === null
      ? null
      : s !== null && typeof s === 'object' && typeof (s as { value?: unknown }).value === 'number'
        ? amount((s as { value: number }).value, null, 2)
        : undefined;
  const b = value(e.before);
  const a = value(e.after);
  if (b === undefined || a === undefined)
    return { subject, changes: genericChanges(e.before, e.after, names) };
  return { subject, changes: [{ field: 'synergy', subject, before: b, after: a }] };
};

const created = z.looseObject({
  name: z.string(),
  regionCode: z.string(),
  duplicatedFrom: z.number().optional(),
  importedFrom: z.string().optional(),
});

/** A scenario created, copied or imported: its name and region, and where it came from. */
const scenarioCreated: Describer = (e, names) => {
  const a = side(created, e.after);
  if (!a) return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const changes: Change[] = [
    { field: 'scenarioName', subject: null, after: text(a.name) },
    { field: 'region', subject: null, after: region(a.regionCode, names) },
  ];
  if (a.duplicatedFrom !== undefined) {
    const source = names.scenario(a.duplicatedFrom);
    changes.push({
      field: 'copiedFrom',
      subject: null,
      after: source ? text(source.zh) : choice('deletedScenario'),
    });
  }
  if (a.importedFrom !== undefined)
    changes.push({ field: 'importedFrom', subject: null, after: date(a.importedFrom) });
  return { subject: null, changes };
};

/** A deleted scenario: its snapshot is logged; the name and region say which one it was. */
const scenarioDeleted: Describer = (e, names) => {
  const b = side(z.looseObject({ name: z.string(), regionCode: z.string() }), e.before);
  if (!b) return { subject: null, changes: [] };
  return {
    subject: null,
    changes: [
      { field: 'scenarioName', subject: null, before: text(b.name) },
      { field: 'region', subject: null, before: region(b.regionCode, names) },
    ],
  };
};

const confirmation = z.looseObject({
  impacts: z.record(z.string(), provenanceShape).optional(),
  costs: z.record(z.string(), provenanceShape).optional(),
  budget: provenanceShape,
  weights: z.object({ by: z.string(), at: z.string() }).optional(),
});

/**
 * Shipped defaults kept as the planner's own ("confirmed"): how many impact estimates, which
 * measures' costs, the budget or the weights. The subject is the measure when all confirmed
 * impact cells belong to one.
 */
const defaultsConfirmed: Describer = (e, names) => {
  const a = side(confirmation, e.after);
  if (!a) return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const changes: Change[] = [];
  const cells = Object.keys(a.impacts ?? {});
  const measures = [...new Set(cells.map((k) => k.split('×')[0] ?? k))];
  const subject = measures.length === 1 ? names.measure(measures[0]!) : null;
  if (cells.length > 0)
    changes.push({
      field: subject ? 'confirmedImpactsOf' : 'confirmedImpacts',
      subject,
      after: amount(cells.length, null, 0),
    });
  const costs = Object.keys(a.costs ?? {});
  if (costs.length > 0)
    changes.push({ field: 'confirmedCosts', subject: null, after: measureList(costs, names) });
  if (a.budget)
    changes.push({
      field: 'budgetProvenance',
      subject: null,
      before: choice('default'),
      after: choice('confirmed'),
    });
  if (a.weights)
    changes.push({
      field: 'weightsProvenance',
      subject: null,
      before: choice('default'),
      after: choice('confirmed'),
    });
  return { subject, changes };
};

const analysisShape = z.looseObject({
  uncertainty: z.string(),
  width: z.number(),
  samples: z.number(),
  seed: z.number(),
});
const ANALYSIS_FIELDS = ['uncertainty', 'uncertaintyWidth', 'samples', 'seed'] as const;

/** The robustness settings: which weight uncertainty every robustness result uses, its width, samples and seed. */
const analysis: Describer = (e, names) => {
  const b = side(analysisShape, e.before);
  const a = side(analysisShape, e.after);
  if (!b || !a) return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const values = (x: z.infer<typeof analysisShape>) => ({
    uncertainty: choice(x.uncertainty),
    uncertaintyWidth: share(x.width),
    samples: amount(x.samples, null, 0),
    // An identifier of the random stream, not a quantity: shown as written ("2025", not "2,025").
    seed: choice(String(x.seed)),
  });
  const read = new Set(Object.keys(analysisShape.shape));
  return {
    subject: null,
    changes: [
      ...fieldChanges(ANALYSIS_FIELDS, values(b), values(a), null),
      ...genericChanges(e.before, e.after, names, read),
    ],
  };
};

const causeLink = z.looseObject({
  direction: z.number(),
  reference: z.string(),
  noteZh: z.string(),
  noteEn: z.string(),
});
const LINK_FIELDS = ['linkDirection', 'linkReference', 'noteZh', 'noteEn'] as const;

/**
 * An indicator linked to a cause (or the link changed or removed): which way the indicator reads
 * and what it is compared with. Key "C8|indicator"; a missing side is no link.
 */
const causeIndicatorLink: Describer = (e, names) => {
  const cut = e.key.indexOf('|');
  const subject =
    cut > 0
      ? readFrom(names.cause(e.key.slice(0, cut)), names.indicator(e.key.slice(cut + 1)))
      : null;
  const b = side(causeLink, e.before);
  const a = side(causeLink, e.after);
  if (b === undefined || a === undefined)
    return { subject, changes: genericChanges(e.before, e.after, names) };
  const values = (l: z.infer<typeof causeLink>) => ({
    linkDirection: choice(l.direction > 0 ? 'higherIsBetter' : 'higherIsWorse'),
    linkReference: choice(l.reference),
    noteZh: text(l.noteZh),
    noteEn: text(l.noteEn),
  });
  const read = new Set(Object.keys(causeLink.shape));
  return {
    subject,
    changes: [
      ...fieldChanges(LINK_FIELDS, b && values(b), a && values(a), null),
      ...genericChanges(e.before, e.after, names, read),
    ],
  };
};

const subEdits = z.looseObject({
  edits: z.array(z.looseObject({ entity: z.string(), key: z.string(), state: z.unknown() })),
});

/**
 * Several inputs set by one action (`cli scenario set`): each sub-edit phrased by its own kind's
 * describer, its changes named after its subject (the before side lists the same sub-edits).
 */
const scenarioInputs: Describer = (e, names) => {
  const b = side(subEdits, e.before);
  const a = side(subEdits, e.after);
  if (!b || !a) return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const earlier = new Map(b.edits.map((x) => [`${x.entity}|${x.key}`, x.state]));
  const changes = a.edits.flatMap((x) => {
    const sub = { entity: x.entity, key: x.key, scenarioId: e.scenarioId };
    const d = describeEdit(
      { ...sub, before: earlier.get(`${x.entity}|${x.key}`) ?? null, after: x.state },
      names,
    );
    return d.changes.map((c) => ({ ...c, subject: c.subject ?? d.subject }));
  });
  return { subject: null, changes };
};

const regionSettingsShape = z.looseObject({
  reference: z.enum(['national', 'province', 'peer-group']),
  peerGroup: z.string().nullable(),
  mapIndicator: z.string().nullable(),
});

/** Choice codes are keys of the renderer's words, which take no hyphen. */
const REFERENCE_CHOICE = {
  national: 'national',
  province: 'province',
  'peer-group': 'peerGroup',
} as const;

/** What a scenario's region is compared with, and the indicator its briefing map shows, by name. */
const regionSettings: Describer = (e, names) => {
  const b = side(regionSettingsShape, e.before);
  const a = side(regionSettingsShape, e.after);
  if (b === undefined || a === undefined)
    return { subject: null, changes: genericChanges(e.before, e.after, names) };
  const values = (s: z.infer<typeof regionSettingsShape> | null) =>
    s && {
      comparedWith: choice(REFERENCE_CHOICE[s.reference]),
      peerGroup: s.peerGroup === null ? null : region(s.peerGroup, names),
      mapIndicator: s.mapIndicator === null ? null : indicator(s.mapIndicator, names),
    };
  return {
    subject: null,
    changes: fieldChanges(
      ['comparedWith', 'peerGroup', 'mapIndicator'],
      values(b),
      values(a),
      null,
    ),
  };
};

const groupShape = z.looseObject({
  type: z.enum(['metropolitan-area', 'agglomeration', 'peer-group']),
  nameZh: z.string(),
  nameEn: z.string(),
  noteZh: z.string(),
  noteEn: z.string(),
  members: z.array(z.string()),
});

const GROUP_TYPE_CHOICE = {
  'metropolitan-area': 'metropolitanArea',
  agglomeration: 'agglomeration',
  'peer-group': 'peerGroup',
} as const;

/** A grouping of cities created, edited or deleted: named by itself, its members by name. */
const regionGroup: Describer = (e, names) => {
  const b = side(groupShape, e.before);
  const a = side(groupShape, e.after);
  const named = a ?? b;
  const subject = named ? both(named.nameZh, named.nameEn) : names.region(e.key);
  if (b === undefined || a === undefined)
    return { subject, changes: genericChanges(e.before, e.after, names) };
  const values = (s: z.infer<typeof groupShape> | null) =>
    s && {
      groupType: choice(GROUP_TYPE_CHOICE[s.type]),
      groupNameZh: text(s.nameZh),
      groupNameEn: text(s.nameEn),
      members: regionList(s.members, names),
      noteZh: text(s.noteZh),
      noteEn: text(s.noteEn),
    };
  return {
    subject,
    changes: fieldChanges(
      ['groupType', 'groupNameZh', 'groupNameEn', 'members', 'noteZh', 'noteEn'],
      values(b),
      values(a),
      subject,
    ),
  };
};

const DESCRIBERS: Record<string, Describer> = {
  cause_weight: causeWeight,
  cause_weights: causeWeights,
  impact,
  measure_cost: measureCostEdit,
  constraints,
  synergy,
  scenario_name: oneField('name', 'scenarioName', asText),
  coverage_model: oneField('model', 'coverageModel', asChoice),
  [REGION_ENTITY]: oneField('regionCode', 'region', asRegion),
  scenario: scenarioCreated,
  [DELETE_ENTITY]: scenarioDeleted,
  defaults_confirmed: defaultsConfirmed,
  analysis,
  [CAUSE_LINK_ENTITY]: causeIndicatorLink,
  scenario_inputs: scenarioInputs,
  [REGION_SETTINGS_ENTITY]: regionSettings,
  [GROUP_ENTITY]: regionGroup,
};

/** Subject and changes of one logged edit; never throws on an unexpected stored shape. */
export function describeEdit(e: EditInput, names: NameBook): DescribedEdit {
  const describer = DESCRIBERS[e.entity];
  if (describer) return describer(e, names);
  // A kind without a describer: a key that is a measure or cause id still names its subject.
  const subject = names.isMeasure(e.key)
    ? names.measure(e.key)
    : names.isCause(e.key)
      ? names.cause(e.key)
      : null;
  return { subject, changes: genericChanges(e.before, e.after, names) };
}

/** For tests and docs: the kinds with their own phrasing. */
export const DESCRIBED_KINDS: readonly string[] = Object.keys(DESCRIBERS);
