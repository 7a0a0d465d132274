/**
 * The Weight methods screen's AHP hierarchy and group AHP inputs, checked with bilingual
 * messages naming the field, then evaluated by the engine (engine/weights/ahp-variants.ts).
 */
import { bilingual } from '../../contract/bilingual';
import { InvalidValueError } from '../../db/errors';
import type { ElicitationSettings, MethodDetail } from '../../db/repositories/elicitation.repo';
import { judgedAhp, themedAhp, type JudgedResult, type ThemedResult } from '../../engine/weights';
import { CR_THRESHOLD } from '../../engine/weights';

function squareOf(m: readonly unknown[], n: number, field: string): void {
  if (m.length !== n || m.some((row) => !Array.isArray(row) || row.length !== n))
    throw new InvalidValueError(
      field,
      bilingual(`须为 ${n}×${n} 矩阵`, `must be a ${n}×${n} matrix`),
    );
}

function namesUnique(names: readonly string[], field: string, what: { zh: string; en: string }) {
  const seen = new Set<string>();
  names.forEach((raw, k) => {
    const name = raw.trim();
    if (name === '')
      throw new InvalidValueError(
        `${field}[${k}].name`,
        bilingual(`${what.zh}名称不能为空`, `${what.en} name is required`),
      );
    if (seen.has(name))
      throw new InvalidValueError(
        `${field}[${k}].name`,
        bilingual(`${what.zh}名称重复`, `duplicate ${what.en} name "${name}"`),
      );
    seen.add(name);
  });
}

export function hierarchyOf(causeIds: readonly string[], s: ElicitationSettings): ThemedResult {
  const h = s.ahpHierarchy;
  const field = 'settings.ahpHierarchy';
  if (!h) throw new InvalidValueError(field, bilingual('AHP 层次结构缺失', 'no AHP hierarchy'));
  namesUnique(
    h.themes.map((t) => t.name),
    `${field}.themes`,
    { zh: '主题', en: 'theme' },
  );
  const placed = new Map<string, string>();
  h.themes.forEach((t, k) => {
    const at = `${field}.themes[${k}]`;
    if (t.causes.length === 0)
      throw new InvalidValueError(
        `${at}.causes`,
        bilingual(`主题“${t.name}”没有原因`, `theme "${t.name}" has no cause`),
      );
    t.causes.forEach((id) => {
      if (!causeIds.includes(id))
        throw new InvalidValueError(`${at}.causes`, bilingual('未知原因', `unknown cause "${id}"`));
      const before = placed.get(id);
      if (before !== undefined)
        throw new InvalidValueError(
          `${at}.causes`,
          bilingual(`原因 ${id} 已在主题“${before}”中`, `cause ${id} is already under "${before}"`),
        );
      placed.set(id, t.name);
    });
    if (t.causes.length > 1) squareOf(t.matrix, t.causes.length, `${at}.matrix`);
  });
  const missing = causeIds.filter((id) => !placed.has(id));
  if (missing.length > 0)
    throw new InvalidValueError(
      `${field}.themes`,
      bilingual(
        `未归入任何主题的原因：${missing.join(', ')}`,
        `causes under no theme: ${missing.join(', ')}`,
      ),
    );
  if (h.themes.length > 1) squareOf(h.matrix, h.themes.length, `${field}.matrix`);
  return themedAhp(
    causeIds,
    h.themes.map((t) => ({ name: t.name.trim(), criteria: t.causes, matrix: t.matrix })),
    h.matrix,
    field,
  );
}

export function groupOf(causeIds: readonly string[], s: ElicitationSettings): JudgedResult {
  const g = s.ahpGroup;
  const field = 'settings.ahpGroup';
  if (!g)
    throw new InvalidValueError(field, bilingual('群组 AHP 判断缺失', 'no group AHP judgements'));
  const set = new Set(g.causes);
  if (
    g.causes.length !== causeIds.length ||
    set.size !== g.causes.length ||
    causeIds.some((c) => !set.has(c))
  )
    throw new InvalidValueError(
      `${field}.causes`,
      bilingual('须恰好包含每个原因一次', 'must list every cause exactly once'),
    );
  namesUnique(
    g.judges.map((j) => j.name),
    `${field}.judges`,
    { zh: '评判者', en: 'judge' },
  );
  g.judges.forEach((j, k) => squareOf(j.matrix, g.causes.length, `${field}.judges[${k}].matrix`));
  const r = judgedAhp(
    g.causes,
    g.judges.map((j) => ({ name: j.name.trim(), weight: j.weight, matrix: j.matrix })),
    g.aggregation,
    `${field}.judges`,
  );
  return r;
}

/** The variant's weights and what the audit and the briefing record with them. */
export function variantWeights(
  causeIds: readonly string[],
  s: ElicitationSettings,
): { weights: Record<string, number>; detail: (accept: boolean) => MethodDetail } {
  const r = s.method === 'ahpHierarchy' ? hierarchyOf(causeIds, s) : groupOf(causeIds, s);
  const aggregation = s.method === 'ahpGroup' ? (r as JudgedResult).aggregation : null;
  return {
    weights: r.weights,
    detail: (accept) => {
      if (r.needsConfirmation && !accept)
        throw new InvalidValueError(
          'acceptInconsistency',
          bilingual(
            `判断不一致（CR = ${r.cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}），应用前须确认`,
            `inconsistent judgements (CR = ${r.cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)}): confirm before applying`,
          ),
        );
      return {
        cr: r.cr,
        confirmed: r.needsConfirmation,
        ahp: {
          kind: s.method === 'ahpHierarchy' ? 'hierarchy' : 'group',
          aggregation,
          matrices: r.matrices,
        },
      };
    },
  };
}
