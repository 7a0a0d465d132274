/**
 * The project-file channels: export the project (or some scenarios) as one versioned JSON text,
 * and import such a text, asking about name clashes before anything is written.
 */
import type Database from 'better-sqlite3';
import { exportProject, importProject } from '../../db/project-file/project-io';
import type { HostContext } from './context';
import type { ServiceHandler } from './types';

export type ProjectFileChannel = 'project:export' | 'project:import';

export function projectFileServices(
  db: Database.Database,
  ctx: Pick<HostContext, 'version'>,
): { [K in ProjectFileChannel]: ServiceHandler<K> } {
  return {
    'project:export': ({ scenarioIds }) =>
      exportProject(db, {
        appVersion: ctx.version,
        ...(scenarioIds === undefined ? {} : { scenarioIds }),
      }),
    'project:import': ({ text, onConflict }) => importProject(db, text, onConflict),
  };
}
