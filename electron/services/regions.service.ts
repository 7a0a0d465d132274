import type Database from 'better-sqlite3';
import { TEMPLATE_FILES, TEMPLATE_MIME, templateFileBytes } from '../../db/import/city-template';
import { cityCoverage } from '../../db/repositories/city-coverage.repo';
import { groupValues } from '../../db/repositories/group-values.repo';
import { deleteGroup, listGroups, saveGroup } from '../../db/repositories/groups.repo';
import { getRegionSettings, setRegionSettings } from '../../db/repositories/region-settings.repo';
import { listRegions } from '../../db/repositories/regions.repo';
import { compareRegion } from './region-compare';
import type { ServiceHandler } from './types';

type RegionChannel =
  | 'regions:list'
  | 'regions:groups'
  | 'regions:saveGroup'
  | 'regions:deleteGroup'
  | 'scenario:regionSettings'
  | 'scenario:setRegionSettings'
  | 'evidence:template'
  | 'evidence:cityCoverage'
  | 'evidence:groupValues'
  | 'evidence:compare';

/**
 * Regions, the planner's groupings of cities, what a scenario's region is compared with, and the
 * city import template with the coverage it is meant to fill.
 */
export function regionServices(db: Database.Database): {
  [K in RegionChannel]: ServiceHandler<K>;
} {
  return {
    'regions:list': () => listRegions(db),
    'regions:groups': () => listGroups(db),
    'regions:saveGroup': ({ code, ...input }) => saveGroup(db, code, input),
    'regions:deleteGroup': ({ code }) => {
      deleteGroup(db, code);
      return { code };
    },
    'scenario:regionSettings': ({ scenarioId }) => getRegionSettings(db, scenarioId),
    'scenario:setRegionSettings': ({ scenarioId, ...patch }) =>
      setRegionSettings(db, scenarioId, patch).settings,
    'evidence:template': async ({ file }) => ({
      fileName: TEMPLATE_FILES[file],
      mimeType: TEMPLATE_MIME[file],
      bytesBase64: (await templateFileBytes(file)).toString('base64'),
    }),
    'evidence:cityCoverage': () => cityCoverage(db),
    'evidence:groupValues': ({ indicator, year }) => groupValues(db, indicator, year),
    'evidence:compare': ({ region, indicator }) => compareRegion(db, region, indicator),
  };
}
