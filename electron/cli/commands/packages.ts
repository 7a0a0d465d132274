import type { DecisionModel } from '../../../engine/model';
import { rankPackages, type PackagesResult } from '../../../engine/packages';
import {
  robustPortfolio,
  extremePointsFor,
  type PortfolioWeightInfo,
} from '../../../engine/robustness';
import { CliInputError, type CliCommand } from '../command';
import { type ParsedWeightInfo, WeightInfoSchema, readDecisionModel } from '../engine-inputs';
import { num, table } from '../format';

/** "fixed" weights (SMAA's no-uncertainty case) are a single extreme point. */
function extremePoints(info: ParsedWeightInfo, model: DecisionModel): number[][] {
  const m = model.causes.length;
  if (info.type === 'fixed') {
    return extremePointsFor(
      { type: 'stakeholders', sets: [info.weights ?? model.causes.map((c) => c.weight)] },
      m,
    );
  }
  return extremePointsFor(info as PortfolioWeightInfo, m);
}

export type PackagesCliResult = PackagesResult & {
  scenario?: string;
  nondominated?: string[][];
  coreIndex?: Record<string, number>;
};

/**
 * `packages` — rank every feasible package of a decision model (inline, or a saved scenario)
 * exactly; with "weightInfo" also the robust-portfolio non-dominated set and core indices.
 */
export const packagesCommand: CliCommand<PackagesCliResult> = {
  name: 'packages',
  summary: '干预组合排序 · rank feasible intervention packages, frontier, budget curve',
  readsInput: true,
  async run(ctx) {
    const { model, options, scenario } = await readDecisionModel(
      ctx.input,
      ctx.dataDir,
      { weightInfo: WeightInfoSchema.optional() },
      ctx.flags,
    );
    const weightInfo = options.weightInfo;
    if (weightInfo?.type === 'stakeholders' && weightInfo.concentration !== undefined) {
      throw new CliInputError(
        'weightInfo.concentration',
        'only `smaa` samples around the sets; `packages` uses their convex hull — leave it out',
      );
    }
    const result: PackagesCliResult = rankPackages(model);
    if (scenario !== undefined) result.scenario = scenario;
    if (weightInfo !== undefined) {
      const rpm = robustPortfolio(model, extremePoints(weightInfo, model));
      result.nondominated = rpm.nondominated;
      result.coreIndex = rpm.coreIndex;
    }
    return result;
  },
  format(r) {
    const join = (ids: string[]) => ids.join(' + ');
    const lines = [
      `干预组合 Packages${r.scenario ? ` — 情景 scenario "${r.scenario}"` : ''}: ${r.feasibleCount} 个可行组合 feasible`,
      table(
        ['排名 Rank', '措施 Measures', '价值 Value', '成本 Cost'],
        r.packages.map((p) => [p.rank, join(p.measures), num(p.value, 4), num(p.cost, 2)]),
      ),
      '',
      '成本—价值有效前沿 Cost–value frontier (cheapest first)',
      table(
        ['成本 Cost', '价值 Value', '措施 Measures'],
        r.frontier.map((f) => [num(f.cost, 2), num(f.value, 4), join(f.measures)]),
      ),
      '',
      '预算曲线 Budget curve (best package within each budget)',
      table(
        ['预算 Budget', '价值 Value', '措施 Measures'],
        r.budgetCurve.map((b) => [num(b.budget, 2), num(b.value, 4), join(b.measures)]),
      ),
      '',
      '边际贡献（相对最优组合）· Marginal contribution (relative to the best package)',
      table(
        ['措施 Measure', '边际 Marginal'],
        Object.entries(r.marginal).map(([id, v]) => [id, num(v, 4)]),
      ),
    ];
    if (r.coreIndex && r.nondominated) {
      lines.push(
        '',
        `稳健组合 Robust portfolios: ${r.nondominated.length} 个非劣组合 non-dominated packages`,
        table(
          ['措施 Measure', '核心指数 Core index', '类别 Class'],
          Object.entries(r.coreIndex).map(([id, v]) => [
            id,
            num(v, 3),
            v === 1 ? '核心 core' : v === 0 ? '外围 exterior' : '边界 borderline',
          ]),
        ),
      );
    }
    lines.push(
      '',
      '约定 Conventions:',
      '  - 价值 V = Σ w_j v_j + 协同；权重已归一化 · value = Σ normalised weight × coverage + synergies',
      '  - 排序：价值降序；价值相差 ≤ 1e-12·max(1,|V|) 视为相同，再按成本低、措施少、编号字典序 · ties (|ΔV| ≤ 1e-12·max(1,|V|)) by lower cost, fewer measures, then ids',
      '  - 价值与成本都相同的组合并列 · packages equal in value and cost share the better rank',
      '  - 边际贡献：组合内 V(B) − V(B 去掉该措施)，组合外 V(B 加上该措施) − V(B)，不重新检查约束 · marginal: in B, V(B) − V(B∖i); outside, V(B∪i) − V(B); constraints not re-checked',
      '  - 预算允许 1e-9 相对舍入误差 · budget allows a 1e-9 relative rounding tolerance',
    );
    return lines.join('\n');
  },
};
