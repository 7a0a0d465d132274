import os from 'node:os';
import { closeDatabase } from '../../../db/open';
import { getRegion } from '../../../db/repositories/regions.repo';
import { recordHostUser } from '../../services/host-user';
import { applyScenarioInputs } from '../../services/scenario-inputs';
import { scenarioSetInputSchema } from '../../services/scenario-inputs-schema';
import { CliInputError, type CliCommand } from '../command';
import { parseInput } from '../format';
import { openCliDatabase } from '../open-database';
import { findScenario, scenarioNameOf } from '../scenario-input';
import { formatScenarioShow, scenarioShow, type ScenarioShowResult } from '../scenario-show';
import { bilingual } from '../../../contract/bilingual';

export interface ScenarioSetOutput {
  scenario: string;
  /** The audit-log entry of the one edit; null when every value given was already stored. */
  editId: number | null;
  /** The edit's key: the parts that changed ("constraints+costs+impacts+weights+uncertainty"). */
  key: string | null;
  /** The input fields that changed something, in the order applied. */
  changed: string[];
  updatedAt: string;
}

export type ScenarioCliResult = ScenarioShowResult | ScenarioSetOutput;

const ACTIONS = ['show', 'set'] as const;
type Action = (typeof ACTIONS)[number];

function actionOf(args: readonly string[]): Action {
  const [action, extra] = args;
  if (!ACTIONS.includes(action as Action))
    throw new CliInputError(
      'action',
      bilingual(
        `须为 show 或 set`,
        `must be "show" or "set" (got ${action === undefined ? 'nothing' : `"${action}"`})`,
      ),
    );
  if (extra !== undefined)
    throw new CliInputError('action', bilingual('多余的参数', `unexpected argument "${extra}"`));
  return action as Action;
}

/** Edits are attributed to the planner; a fresh database learns the OS account, as the app does. */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/**
 * `scenario show [--scenario NAME]`: the stored inputs with their provenance.
 * `scenario set --input FILE.json`: several inputs as one undoable, audited edit (docs/cli.md).
 */
export const scenarioCommand: CliCommand<ScenarioCliResult> = {
  name: 'scenario',
  summary:
    '情景输入：查看（show [--scenario NAME]）或一次设定（set --input FILE.json）· a scenario’s inputs with their provenance; set several as one undoable edit',
  readsInput: (args) => args[0] === 'set',
  async run(ctx) {
    const action = actionOf(ctx.args);
    if (action === 'show') {
      const name = scenarioNameOf(undefined, ctx.flags);
      const { db } = await openCliDatabase(ctx.dataDir);
      try {
        const s = findScenario(db, name);
        return scenarioShow(s, getRegion(db, s.regionCode));
      } finally {
        closeDatabase(db);
      }
    }
    if (ctx.input === undefined)
      throw new CliInputError(
        'input',
        bilingual('需要 --input FILE.json', 'needs --input FILE.json'),
      );
    const input = parseInput(scenarioSetInputSchema, ctx.input);
    scenarioNameOf(input.scenario, ctx.flags);
    const { db } = await openCliDatabase(ctx.dataDir);
    try {
      recordHostUser(db, osUser());
      const target = findScenario(db, input.scenario);
      const { scenario, edit } = applyScenarioInputs(db, target.id, input);
      return {
        scenario: scenario.name,
        editId: edit?.editId ?? null,
        key: edit?.key ?? null,
        changed: edit?.changed ?? [],
        updatedAt: scenario.updatedAt,
      };
    } finally {
      closeDatabase(db);
    }
  },
  format(r) {
    if (!('changed' in r)) return formatScenarioShow(r);
    if (r.editId === null)
      return `情景 "${r.scenario}"：所给的值均已保存，未做更改 · scenario "${r.scenario}": every value given was already stored; nothing changed.`;
    return [
      `情景 "${r.scenario}"：已作为一次编辑保存（审计记录 #${r.editId}）· scenario "${r.scenario}": saved as one edit (audit entry #${r.editId}; one undo in the app reverts all of it)`,
      ...r.changed.map((f) => `  ${f}`),
    ].join('\n');
  },
};
