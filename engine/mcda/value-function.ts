import { EngineInputError, assertFinite } from '../errors';

/**
 * Partial value functions of multi-attribute value theory, one per criterion (as in R smaa's
 * smaa.pvf and JSMAA):
 * - linear: v = (x − lo)/(hi − lo) for a benefit criterion, (hi − x)/(hi − lo) for a cost one,
 *   over a scale [lo, hi] ("range"; by default the column's own min and max);
 * - piecewise: straight lines between breakpoints [x_k, v_k] (x strictly increasing); the
 *   values say which direction is better, so such a criterion counts as a benefit (types 1).
 * Outside the scale (below the first / above the last breakpoint) the end segment is extended
 * unless `clip` is true, which holds v at its value at the nearer end.
 */
export type ValueFunction =
  | { type: 'linear'; range?: [number, number]; clip?: boolean }
  | { type: 'piecewise'; breakpoints: [number, number][]; clip?: boolean };

/** A value function checked and flattened for evaluation in a sampling loop. */
export interface CompiledValueFunction {
  /** Breakpoint abscissae, strictly increasing (two points for a linear function). */
  xs: Float64Array;
  /** Values at the breakpoints. */
  vs: Float64Array;
  clip: boolean;
  /** A zero-width linear scale: every value is 0 (the criterion cannot discriminate). */
  flat: boolean;
  describe: string;
}

const KEYS: Record<ValueFunction['type'], readonly string[]> = {
  linear: ['type', 'range', 'clip'],
  piecewise: ['type', 'breakpoints', 'clip'],
};

function checkKeys(raw: Record<string, unknown>, type: ValueFunction['type'], field: string): void {
  for (const key of Object.keys(raw)) {
    if (!KEYS[type].includes(key)) {
      throw new EngineInputError(`${field}.${key}`, `is not a field of a ${type} value function`);
    }
  }
}

function readClip(raw: Record<string, unknown>, field: string): boolean {
  if (raw.clip === undefined) return false;
  if (typeof raw.clip !== 'boolean')
    throw new EngineInputError(`${field}.clip`, 'must be true or false');
  return raw.clip;
}

/**
 * Validates one criterion's value function. `benefit` orients a linear function; `range` is the
 * scale to use when the function gives none (the column's extent or the SMAA scale).
 */
export function compileValueFunction(
  raw: unknown,
  benefit: boolean,
  defaultRange: [number, number],
  field: string,
): CompiledValueFunction {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new EngineInputError(field, 'must be { "type": "linear" | "piecewise", … } or null');
  }
  const vf = raw as Record<string, unknown>;
  if (vf.type !== 'linear' && vf.type !== 'piecewise') {
    throw new EngineInputError(
      `${field}.type`,
      `must be "linear" or "piecewise" (got ${JSON.stringify(vf.type)})`,
    );
  }
  checkKeys(vf, vf.type, field);
  const clip = readClip(vf, field);
  if (vf.type === 'linear') {
    let [lo, hi] = defaultRange;
    if (vf.range !== undefined) {
      if (!Array.isArray(vf.range) || vf.range.length !== 2) {
        throw new EngineInputError(`${field}.range`, 'must be [lo, hi]');
      }
      [lo, hi] = vf.range as [number, number];
      assertFinite(lo, `${field}.range[0]`);
      assertFinite(hi, `${field}.range[1]`);
      if (!(lo <= hi))
        throw new EngineInputError(`${field}.range`, `must satisfy lo ≤ hi (got [${lo}, ${hi}])`);
    }
    const xs = Float64Array.of(lo, hi);
    const vs = benefit ? Float64Array.of(0, 1) : Float64Array.of(1, 0);
    return {
      xs,
      vs,
      clip,
      flat: !(hi > lo),
      describe: `linear ${benefit ? '(x−lo)/(hi−lo)' : '(hi−x)/(hi−lo)'} on [${lo}, ${hi}]${clip ? ', clipped' : ''}`,
    };
  }
  if (!benefit) {
    throw new EngineInputError(
      field.replace(/valueFunctions\[(\d+)\]$/, 'types[$1]'),
      'must be 1 for a criterion with a piecewise value function (its values already say which direction is better)',
    );
  }
  const points = vf.breakpoints;
  if (!Array.isArray(points) || points.length < 2) {
    throw new EngineInputError(`${field}.breakpoints`, 'needs at least two [x, v] points');
  }
  const xs = new Float64Array(points.length);
  const vs = new Float64Array(points.length);
  points.forEach((p: unknown, k) => {
    const at = `${field}.breakpoints[${k}]`;
    if (!Array.isArray(p) || p.length !== 2) throw new EngineInputError(at, 'must be [x, v]');
    assertFinite(p[0] as number, `${at}[0]`);
    assertFinite(p[1] as number, `${at}[1]`);
    xs[k] = p[0] as number;
    vs[k] = p[1] as number;
    if (k > 0 && !(xs[k]! > xs[k - 1]!)) {
      throw new EngineInputError(`${at}[0]`, `must be greater than the previous x (${xs[k - 1]})`);
    }
  });
  return {
    xs,
    vs,
    clip,
    flat: false,
    describe: `piecewise linear through ${points.length} breakpoints${clip ? ', clipped' : ''}`,
  };
}

/**
 * v(x) by linear interpolation between the breakpoints; outside them the end segment is
 * extended, or v is held at the end value when clipped.
 */
export function evaluateValue(f: CompiledValueFunction, x: number): number {
  if (f.flat) return 0;
  const { xs, vs } = f;
  const last = xs.length - 1;
  if (x <= xs[0]!) {
    if (f.clip || x === xs[0]) return vs[0]!;
    return vs[0]! + ((vs[1]! - vs[0]!) * (x - xs[0]!)) / (xs[1]! - xs[0]!);
  }
  if (x >= xs[last]!) {
    if (f.clip || x === xs[last]) return vs[last]!;
    return (
      vs[last]! + ((vs[last]! - vs[last - 1]!) * (x - xs[last]!)) / (xs[last]! - xs[last - 1]!)
    );
  }
  let k = 1;
  while (xs[k]! < x) k++;
  return vs[k - 1]! + ((vs[k]! - vs[k - 1]!) * (x - xs[k - 1]!)) / (xs[k]! - xs[k - 1]!);
}
