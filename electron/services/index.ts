/**
 * The one service layer behind all three hosts (Electron IPC, browser shell, CLI): each contract
 * channel mapped to repositories + engine. No 'electron' import here, so the services are tested
 * in plain Node against a real temporary database.
 */
import type Database from 'better-sqlite3';
import { analysisServices } from './analysis.service';
import { appServices } from './app.service';
import { briefingServices } from './briefing.service';
import type { HostContext } from './context';
import { elicitationServices } from './elicitation.service';
import { evidenceServices } from './evidence.service';
import { recordHostUser } from './host-user';
import { regionServices } from './regions.service';
import { historyServices } from './history.service';
import { projectFileServices } from './project-file.service';
import { scenarioServices } from './scenario.service';
import type { Services } from './types';

export type { HostContext } from './context';
export type { Services } from './types';

export function createServices(db: Database.Database, ctx: HostContext): Services {
  recordHostUser(db, ctx.user);
  // `satisfies` makes a channel without a handler (or a handler for no channel) a compile error.
  return {
    ...appServices(ctx),
    ...regionServices(db),
    ...scenarioServices(db),
    ...analysisServices(db),
    ...briefingServices(db, ctx),
    ...historyServices(db),
    ...projectFileServices(db, ctx),
    ...evidenceServices(db, ctx.user),
    ...elicitationServices(db),
  } satisfies Services;
}
