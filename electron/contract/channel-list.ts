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
