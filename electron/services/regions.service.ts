import type Database from 'better-sqlite3';
import { listRegions } from '../../db/repositories/regions.repo';
import type { ServiceHandler } from './types';

/** regions:list — the 31 provinces, the national reference and the Northeast aggregate. */
export function regionServices(db: Database.Database): {
  'regions:list': ServiceHandler<'regions:list'>;
} {
  return { 'regions:list': () => listRegions(db) };
}
