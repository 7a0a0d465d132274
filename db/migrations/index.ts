import { migration0010 } from './0010-init';
import { migration0020 } from './0020-audit';
import { migration0030 } from './0030-evidence-quality';
import { migration0060 } from './0060-elicitation';
import { migration0070 } from './0070-planner-inputs';
import { migration0075 } from './0075-severity-links';
import { migration0080 } from './0080-cities';
import { migration0090 } from './0090-ahp-variant';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every schema step in order. Append only: a released step is never edited, a new one is added. */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0060,
  migration0070,
  migration0075,
  migration0080,
  migration0090,
];

export const LATEST_VERSION: number = migrations[migrations.length - 1]?.version ?? 0;
