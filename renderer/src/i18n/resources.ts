/**
 * Every feature's strings, registered once. The t() keys are unchanged by where a string
 * lives: each feature's top-level keys are merged into one tree per language, and a key that two
 * features define is an error rather than a silent override.
 */
import { appText } from '../app/app.i18n';
import { briefingText } from '../features/briefing/briefing.i18n';
import { citiesText } from '../features/cities/cities.i18n';
import { elicitationText } from '../features/elicitation/elicitation.i18n';
import { evidenceText } from '../features/evidence/evidence.i18n';
import { historyText } from '../features/history/history.i18n';
import { impactsText } from '../features/impacts/impacts.i18n';
import { mapsText } from '../features/maps/maps.i18n';
import { overviewText } from '../features/overview/overview.i18n';
import { packagesText } from '../features/packages/packages.i18n';
import { robustnessText } from '../features/robustness/robustness.i18n';
import { scenariosText } from '../features/scenarios/scenarios.i18n';
import { settingsText } from '../features/settings/settings.i18n';
import { weightsText } from '../features/weights/weights.i18n';
import type { Locale } from '../../../contract/domain';
import type { Bilingual, SameKeys, TextTree } from './bilingual';

const registered = {
  app: appText,
  briefing: briefingText,
  cities: citiesText,
  elicitation: elicitationText,
  evidence: evidenceText,
  history: historyText,
  impacts: impactsText,
  maps: mapsText,
  overview: overviewText,
  packages: packagesText,
  robustness: robustnessText,
  scenarios: scenariosText,
  settings: settingsText,
  weights: weightsText,
};

/** By feature; typed so that a feature whose zh and en key trees differ does not compile. */
export const featureTexts: SameKeys<typeof registered> & Record<string, Bilingual> = registered;

type Node = TextTree[string];

const isTree = (node: Node | undefined): node is TextTree =>
  typeof node === 'object' && !Array.isArray(node);

function merge(into: Record<string, Node>, from: TextTree, path: string): void {
  for (const [key, node] of Object.entries(from)) {
    const existing = into[key];
    if (existing === undefined) {
      into[key] = node;
    } else if (isTree(existing) && isTree(node)) {
      // A fresh object, so that no feature's own resource is ever written to.
      const both: Record<string, Node> = { ...existing };
      merge(both, node, `${path}${key}.`);
      into[key] = both;
    } else {
      throw new Error(`The i18n key "${path}${key}" is defined by two features`);
    }
  }
}

/** One language's strings of all features, as i18next reads them. */
export function messages(lang: Locale): TextTree {
  const out: Record<string, Node> = {};
  for (const text of Object.values(featureTexts)) merge(out, text[lang], '');
  return out;
}
