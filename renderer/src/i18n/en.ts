import { rankingPreviewEn } from '../features/weights/ranking-preview-i18n';
import { recoveryEn } from '../app/recovery-i18n';
import { provenanceEn } from '../app/provenance-i18n';
import { constraintsEn } from '../features/packages/constraints-i18n';
import { costsEn } from '../features/impacts/costs-i18n';
import { weightsSeverityEn } from '../features/weights/weights-severity-i18n';
import { robustnessEn } from '../features/robustness/robustness-i18n';
import { overviewEn } from '../features/overview/overview-i18n';
import { elicitationEn } from '../features/elicitation/elicitation-i18n';
import { workflowEn } from '../features/scenarios/workflow-i18n';
import { evidenceEn } from '../features/evidence/evidence-i18n-en';
import { mapsEn } from '../features/maps/maps-i18n';
import { citiesEn } from '../features/cities/cities-i18n';
import { briefingEn } from '../features/briefing/briefing-i18n';
import type { Messages } from './zh';

/** English UI strings; same keys as zh.ts. */
export const en: Messages = {
  workflow: workflowEn,
  evidence: evidenceEn,
  maps: mapsEn,
  cities: citiesEn,
  briefing: briefingEn,
  elicitation: elicitationEn,
  robustness: robustnessEn,
  overview: overviewEn,
  recovery: recoveryEn,
  provenance: provenanceEn,
  constraints: constraintsEn,
  costs: costsEn,
  rankingPreview: rankingPreviewEn,
  weightsSeverity: weightsSeverityEn,
  app: {
    title: 'Talent Retention Planner',
    subtitle: 'Decision support against talent drain in Northeast China',
    loading: 'Loading…',
    computing: 'Computing…',
    retry: 'Retry',
    illustrative: 'Illustrative assumption',
    illustrativeHint:
      'The paper gives no cost for this measure; this is a shipped illustrative figure — replace it with local data.',
    saving: 'Saving…',
    saved: 'Saved',
  },
  nav: {
    label: 'Main navigation',
    weights: 'Causes & weights',
    impacts: 'Measures × causes',
    packages: 'Packages',
  },
  header: {
    scenario: 'Scenario',
    scenarioPlaceholder: 'Choose a scenario',
    region: 'Region',
    language: 'Interface language',
    noScenario: 'No scenario yet. Initialise the database first.',
  },
  errors: {
    'invalid-request': 'Invalid input',
    'not-found': 'Not found',
    forbidden: 'Access denied (access token missing or expired)',
    conflict: 'Data conflict — reload and try again',
    internal: 'Internal error',
    field: 'Field',
    rankFailed: 'Could not rank the packages',
  },
  weights: {
    title: 'Causes & weights',
    intro:
      'Give each of the eight causes of talent drain a raw weight (0–10); shares are normalised automatically. Every change is saved at once.',
    cause: 'Cause',
    section: 'Paper section',
    weight: 'Raw weight',
    share: 'Normalised share',
    sliderLabel: 'Weight slider for {{name}}',
    inputLabel: 'Weight value for {{name}}',
    showText: 'Show the paper text',
    total: 'Sum of raw weights',
    allZero:
      'All weights are 0 and cannot be normalised; give at least one cause a positive weight.',
  },
  impacts: {
    title: 'Measures × causes impact matrix',
    intro:
      'Each cell is the share of the cause the measure addresses on its own (−1 to 1). Click or press Enter to edit; level and value are shown beside the colour.',
    measure: 'Measure',
    cost: 'Cost (likely)',
    cellLabel: '{{level}} {{value}} {{mark}}: {{measure}} on {{cause}} ({{provenance}})',
    provenance: 'Provenance',
    editTitle: 'Edit impact: {{measure}} → {{cause}}',
    level: 'Level',
    low: 'Low',
    likely: 'Likely',
    high: 'High',
    save: 'Save',
    cancel: 'Cancel',
    rationale: 'Rationale',
    source: 'Paper section',
    plannerSet: 'Set by the planner',
    range: 'Range',
    notNumber: '“{{zh}}”不是数字 / "{{en}}" is not a number',
    outOfRange: '“{{zh}}”须在 −1 与 1 之间 / "{{en}}" must lie between −1 and 1',
    order: '须满足 低 ≤ 最可能 ≤ 高 / must satisfy low ≤ likely ≤ high',
    legend: 'Legend',
  },
  scale: {
    strongAdverse: 'Strongly adverse',
    adverse: 'Adverse',
    none: 'None',
    weak: 'Weak',
    moderate: 'Moderate',
    strong: 'Strong',
    veryStrong: 'Very strong',
  },
  packages: {
    title: 'Ranked intervention packages',
    feasible: 'Feasible packages',
    basis:
      'Ranked by package value under your current cause weights ({{method}}). How often each package stays best when the weights vary: see Robustness.',
    budget: 'Budget',
    noBudget: 'No budget limit',
    rank: 'Rank',
    measures: 'Measures',
    value: 'Value',
    cost: 'Cost',
    valuePerCost: 'Value per cost',
    chartTitle: 'Cost–value scatter and efficient frontier',
    chartLabel:
      'Cost (x) and value (y) of every ranked package; the line is the efficient frontier',
    allPackages: 'All packages',
    frontier: 'Efficient frontier',
    marginalTitle: 'Marginal contribution of each measure',
    marginalLabel: 'Bar chart of each measure’s marginal contribution',
    marginal: 'Marginal contribution',
    tableLabel: 'Table of ranked packages',
    stale: 'Recomputing after your latest change; showing the previous result.',
    empty: 'No feasible package under the current constraints.',
  },
};
