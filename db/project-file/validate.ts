/**
 * Whole-file checks of a project file, run before anything is written: every problem is named
 * with its path (`scenarios[2].synergies[0].a`) in both languages, so a colleague's file is either
 * imported as written or refused with the full list, never half-imported and never refused with a
 * SQLite constraint text. The shape rules are the zod schema in format.ts; the rules here are the
 * ones a schema cannot say: no duplicates, pairs in id order, consistent constraints, ids this
 * database knows.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Constraints } from '../../contract/domain';
import { InvalidValueError } from '../errors';
import type { ProjectScenario } from './format';
import { formatFieldPath } from '../../contract/field-path';

export interface ProjectProblem {
  /** Where in the file, e.g. `scenarios[0].measures[3].costHigh`. */
  path: string;
  /** Bilingual (Chinese / English) description. */
  message: string;
}

/** How many problems the error message spells out; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 8;

/** A refused project file: `problems` is the whole list, `message` the first few of them. */
export class ProjectFileError extends InvalidValueError {
  readonly problems: ProjectProblem[];
  constructor(problems: ProjectProblem[]) {
    const first = problems[0] ?? { path: 'file', message: bilingual('无效', 'invalid') };
    super(first.path, first.message);
    this.name = 'ProjectFileError';
    this.problems = problems;
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length - listed.length;
    const rest = more > 0 ? `；${bilingual(`另有 ${more} 处`, `${more} more`)}` : '';
    this.message = bilingual(
      `项目文件有 ${problems.length} 处问题，未导入任何内容`,
      `the project file has ${problems.length} problem(s); nothing was imported — ${listed.join('; ')}${rest}`,
    );
  }
}

/** zod's own messages are English only; the planner gets both languages. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return bilingual(`最多 ${issue.maximum} 个字符`, `at most ${issue.maximum} characters`);
      if (issue.origin === 'array')
        return bilingual(`最多 ${issue.maximum} 项`, `at most ${issue.maximum} items`);
      return bilingual(`须 ≤ ${issue.maximum}`, `must be ≤ ${issue.maximum}`);
    case 'too_small':
      if (issue.origin === 'string') return bilingual(`不能为空`, `must not be empty`);
      if (issue.origin === 'array')
        return bilingual(`至少 ${issue.minimum} 项`, `at least ${issue.minimum} items`);
      return bilingual(`须 ≥ ${issue.minimum}`, `must be ≥ ${issue.minimum}`);
    case 'invalid_type':
      return issue.expected === 'number'
        ? bilingual('须为有限数值', 'must be a finite number')
        : bilingual(`类型应为 ${issue.expected}`, `expected ${issue.expected}`);
    case 'unrecognized_keys':
      return bilingual(
        `未知字段`,
        `unknown key(s): ${issue.keys
          .slice(0, 3)
          .map((k) => `"${k.slice(0, 40)}"`)
          .join(', ')}`,
      );
    case 'invalid_value':
      return bilingual(
        `取值无效`,
        `invalid value (expected ${issue.values.map(String).join(' | ')})`,
      );
    default:
      return issue.message;
  }
}

export function zodProblems(error: z.ZodError): ProjectProblem[] {
  return error.issues.map((issue) => ({
    path: formatFieldPath(issue.path) || 'file',
    message: issueMessage(issue),
  }));
}

/** Reports each value seen before, naming where it first appeared. */
function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  at: (i: number) => string,
  what: (item: T) => string,
): ProjectProblem[] {
  const first = new Map<string, number>();
  const out: ProjectProblem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else
      out.push({
        path: at(i),
        message: `${what(item)} 重复（已在第 ${seen} 项）/ duplicate ${what(item)} (already at index ${seen})`,
      });
  });
  return out;
}

/** Each requires-cycle once, as the edge index that closes it and the measures around it. */
function requiresCycles(requires: readonly [string, string][]): { edge: number; loop: string[] }[] {
  const next = new Map<string, { to: string; edge: number }[]>();
  requires.forEach(([a, b], edge) => {
    if (a !== b) next.set(a, [...(next.get(a) ?? []), { to: b, edge }]);
  });
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: { edge: number; loop: string[] }[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const { to, edge } of next.get(node) ?? []) {
      const s = state.get(to);
      if (s === 'open') cycles.push({ edge, loop: [...stack.slice(stack.indexOf(to)), to] });
      else if (s === undefined) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  // At most 400 pairs (the schema's cap), so the recursion depth is bounded.
  for (const [a] of requires) if (!state.has(a)) visit(a);
  return cycles;
}

/**
 * Constraints that contradict themselves: a measure both required and excluded, a pair naming
 * one measure twice, or a requires-cycle (its measures could only ever be chosen all together,
 * which is better said with "required" or by dropping a link). `prefix` starts every path.
 */
export function constraintProblems(c: Constraints, prefix: string): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  const excluded = new Set(c.excluded);
  c.required.forEach((id, i) => {
    if (excluded.has(id))
      out.push({
        path: `${prefix}required[${i}]`,
        message: bilingual(
          `措施 "${id}" 同时被要求和排除`,
          `measure "${id}" is both required and excluded`,
        ),
      });
  });
  for (const kind of ['requires', 'excludes'] as const) {
    c[kind].forEach(([a, b], i) => {
      if (a === b)
        out.push({
          path: `${prefix}${kind}[${i}]`,
          message: bilingual(
            `一对措施不能是同一个 "${a}"`,
            `a pair must name two different measures (got "${a}" twice)`,
          ),
        });
    });
  }
  for (const { edge, loop } of requiresCycles(c.requires)) {
    out.push({
      path: `${prefix}requires[${edge}]`,
      message: bilingual(`循环依赖`, `requires-cycle: ${loop.join(' → ')}`),
    });
  }
  return out;
}

/** The rules within one scenario of the file (no database needed). */
export function scenarioProblems(s: ProjectScenario, field: string): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  out.push(
    ...duplicates(
      s.measures,
      (m) => m.id,
      (i) => `${field}.measures[${i}].id`,
      (m) => bilingual(`措施`, `measure "${m.id}"`),
    ),
    ...duplicates(
      s.impacts,
      (c) => `${c.measureId}\u0000${c.causeId}`,
      (i) => `${field}.impacts[${i}]`,
      (c) => bilingual(`影响单元`, `impact cell ${c.measureId}×${c.causeId}`),
    ),
  );
  s.synergies.forEach((x, i) => {
    const at = `${field}.synergies[${i}]`;
    if (x.a === x.b)
      out.push({
        path: at,
        message: bilingual(
          `协同不能作用于同一措施 "${x.a}"`,
          `a synergy needs two different measures (got "${x.a}" twice)`,
        ),
      });
    else if (x.a > x.b)
      out.push({
        path: at,
        message: bilingual(
          `须按编号顺序写成 a="${x.b}", b="${x.a}"`,
          `the pair must be in id order (a="${x.b}", b="${x.a}")`,
        ),
      });
  });
  out.push(
    ...duplicates(
      s.synergies,
      (x) => (x.a < x.b ? `${x.a}\u0000${x.b}` : `${x.b}\u0000${x.a}`),
      (i) => `${field}.synergies[${i}]`,
      (x) => bilingual(`协同`, `synergy ${x.a}–${x.b}`),
    ),
    ...constraintProblems(s.constraints, `${field}.constraints.`),
  );
  return out;
}

function knownIds(db: Database.Database, table: 'causes' | 'measures'): Set<string> {
  return new Set(
    (db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id),
  );
}

/** Every id the scenario names that this database does not know. */
export function unknownIdProblems(
  db: Database.Database,
  s: ProjectScenario,
  field: string,
): ProjectProblem[] {
  const causes = knownIds(db, 'causes');
  const measures = knownIds(db, 'measures');
  const out: ProjectProblem[] = [];
  const need = (ok: boolean, path: string, what: string): void => {
    if (!ok) out.push({ path, message: bilingual(`本数据库中没有 ${what}`, `unknown ${what}`) });
  };
  const measure = (id: string, path: string): void =>
    need(measures.has(id), path, `measure "${id}"`);
  const region = db.prepare('SELECT 1 FROM regions WHERE code = ?').get(s.regionCode);
  need(region !== undefined, `${field}.regionCode`, `region "${s.regionCode}"`);
  for (const id of Object.keys(s.weights))
    need(causes.has(id), `${field}.weights.${id}`, `cause "${id}"`);
  s.measures.forEach((m, i) => measure(m.id, `${field}.measures[${i}].id`));
  s.impacts.forEach((c, i) => {
    measure(c.measureId, `${field}.impacts[${i}].measureId`);
    need(causes.has(c.causeId), `${field}.impacts[${i}].causeId`, `cause "${c.causeId}"`);
  });
  s.synergies.forEach((x, i) => {
    measure(x.a, `${field}.synergies[${i}].a`);
    measure(x.b, `${field}.synergies[${i}].b`);
  });
  const k = s.constraints;
  k.required.forEach((id, i) => measure(id, `${field}.constraints.required[${i}]`));
  k.excluded.forEach((id, i) => measure(id, `${field}.constraints.excluded[${i}]`));
  for (const kind of ['requires', 'excludes'] as const) {
    k[kind].forEach(([a, b], i) => {
      measure(a, `${field}.constraints.${kind}[${i}][0]`);
      measure(b, `${field}.constraints.${kind}[${i}][1]`);
    });
  }
  return out;
}
