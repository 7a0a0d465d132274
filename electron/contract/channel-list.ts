/**
 * The channel names as plain data, for code that must not pull in zod: the sandboxed preload is
 * bundled whole into every window, and the schemas would add ~750 kB to it. The type checks below
 * make this list and `channels` (channels.ts) impossible to drift apart: a channel added there
 * and not here, or named here and not there, is a compile error.
 */
import type { ChannelName } from './channels';

export const CHANNEL_NAMES = [
  'app:info',
  'regions:list',
  'scenario:list',
  'scenario:get',
  'scenario:setCauseWeight',
  'scenario:setImpact',
  'scenario:setMeasureCost',
  'scenario:setConstraints',
  'scenario:confirmDefaults',
  'scenario:setAnalysis',
  'analysis:packages',
  'app:ping',
  'scenario:create',
  'scenario:duplicate',
  'scenario:rename',
  'scenario:delete',
  'scenario:setRegion',
  'scenario:setCoverageModel',
  'edits:undo',
  'edits:redo',
  'edits:state',
  'audit:list',
  'settings:get',
  'settings:set',
  'scenario:compare',
  'project:export',
  'project:import',
  'evidence:indicators',
  'evidence:observations',
  'evidence:importPreview',
  'evidence:importCommit',
  'evidence:importUndo',
  'evidence:imports',
  'evidence:export',
  'evidence:severity',
  'evidence:linkIndicator',
  'evidence:unlinkIndicator',
  'elicitation:get',
  'elicitation:apply',
  'elicitation:saveStakeholder',
  'elicitation:deleteStakeholder',
  'elicitation:useAggregate',
  'elicitation:setWeights',
  'briefing:preview',
  'briefing:export',
] as const satisfies readonly ChannelName[];

type Missing = Exclude<ChannelName, (typeof CHANNEL_NAMES)[number]>;
/** Fails to compile, naming the channel, when channels.ts has a channel this list lacks. */
export const CHANNEL_LIST_IS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/**
 * Whether a channel changes stored data. Every view that shows stored state re-reads after a
 * successful 'write' (renderer/src/api/stored-data.ts); a Record over every name makes a new
 * channel without a kind a compile error.
 */
export const CHANNEL_KIND: Readonly<Record<ChannelName, 'read' | 'write'>> = {
  'app:info': 'read',
  'regions:list': 'read',
  'scenario:list': 'read',
  'scenario:get': 'read',
  'scenario:setCauseWeight': 'write',
  'scenario:setImpact': 'write',
  'scenario:setMeasureCost': 'write',
  'scenario:setConstraints': 'write',
  'scenario:confirmDefaults': 'write',
  'scenario:setAnalysis': 'write',
  'analysis:packages': 'read',
  'app:ping': 'read',
  'scenario:create': 'write',
  'scenario:duplicate': 'write',
  'scenario:rename': 'write',
  'scenario:delete': 'write',
  'scenario:setRegion': 'write',
  'scenario:setCoverageModel': 'write',
  'edits:undo': 'write',
  'edits:redo': 'write',
  'edits:state': 'read',
  'audit:list': 'read',
  'settings:get': 'read',
  'settings:set': 'write',
  'scenario:compare': 'read',
  'project:export': 'read',
  'project:import': 'write',
  'evidence:indicators': 'read',
  'evidence:observations': 'read',
  'evidence:importPreview': 'read',
  'evidence:importCommit': 'write',
  'evidence:importUndo': 'write',
  'evidence:imports': 'read',
  'evidence:export': 'read',
  'evidence:severity': 'read',
  'evidence:linkIndicator': 'write',
  'evidence:unlinkIndicator': 'write',
  'elicitation:get': 'read',
  'elicitation:apply': 'write',
  'elicitation:saveStakeholder': 'write',
  'elicitation:deleteStakeholder': 'write',
  'elicitation:useAggregate': 'write',
  'elicitation:setWeights': 'write',
  'briefing:preview': 'read',
  // Logs the export (for the checklist and the audit trail).
  'briefing:export': 'write',
};
