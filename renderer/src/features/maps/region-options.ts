/**
 * The options of a region picker for a scenario, grouped as planners look for them: the
 * provincial level (provinces, the country, the Northeast), the cities of the Northeast with
 * their province, and the metropolitan areas and agglomerations. Peer groups are references, not
 * places to plan for, and are left out.
 */
import type { TFunction } from 'i18next';
import type { Locale, Region } from '../../../../contract/domain';
import { localName } from '../../i18n/localized';

interface Option {
  value: string;
  label: string;
}

export function scenarioRegionOptions(
  regions: readonly Region[],
  lang: Locale,
  t: TFunction,
): { label: string; title: string; options: Option[] }[] {
  const name = (r: Region | undefined) => (r ? localName(r, lang) : '');
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const of = (kinds: readonly Region['kind'][], label: (r: Region) => string) =>
    regions.filter((r) => kinds.includes(r.kind)).map((r) => ({ value: r.code, label: label(r) }));
  const groups = [
    { key: 'provincial', options: of(['province', 'national', 'aggregate'], name) },
    {
      key: 'cities',
      options: of(['city'], (r) => `${name(r)} · ${name(byCode.get(r.province ?? ''))}`),
    },
    { key: 'groups', options: of(['group'], name) },
  ];
  return groups
    .filter((g) => g.options.length > 0)
    .map((g) => ({
      label: t(`maps.regionGroups.${g.key}`),
      title: t(`maps.regionGroups.${g.key}`),
      options: g.options,
    }));
}
