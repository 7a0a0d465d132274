import { tieTolerance } from '../packages/candidate';

/**
 * Alternatives as lines V_p(t) = a_p + b_p·t over t ∈ [0, 1]; exact ties go by `prefer`.
 */
export interface Lines {
  a: Float64Array;
  b: Float64Array;
  /** For exactly equal lines: does q rank before c (lower cost, fewer measures, …)? */
  prefer(q: number, c: number): boolean;
}

export interface EnvelopeSegment {
  from: number;
  to: number;
  /** Index of the best line on (from, to). */
  best: number;
}

/** Does line q beat line c just to the right of t (higher there, or equal and rising faster)? */
function beatsAt(lines: Lines, q: number, c: number, t: number): boolean {
  const vq = lines.a[q]! + lines.b[q]! * t;
  const vc = lines.a[c]! + lines.b[c]! * t;
  const tol = tieTolerance(vc);
  if (vq > vc + tol) return true;
  if (vq < vc - tol) return false;
  const db = lines.b[q]! - lines.b[c]!;
  if (Math.abs(db) > 1e-15) return db > 0;
  return lines.prefer(q, c);
}

/**
 * The upper envelope over [0, 1]: start with the best line just right of 0, then repeatedly
 * jump to the earliest crossing by a steeper line (ties: the steepest). Every step is one
 * pass over the lines and the envelope has few pieces, so this is O(N · pieces).
 */
export function upperEnvelope(lines: Lines): EnvelopeSegment[] {
  const N = lines.a.length;
  let c = 0;
  for (let q = 1; q < N; q++) if (beatsAt(lines, q, c, 0)) c = q;
  const out: EnvelopeSegment[] = [];
  let t0 = 0;
  for (;;) {
    let tNext = Infinity;
    let next = -1;
    for (let q = 0; q < N; q++) {
      const db = lines.b[q]! - lines.b[c]!;
      if (!(db > 1e-15)) continue;
      const t = (lines.a[c]! - lines.a[q]!) / db;
      if (t < t0) continue; // crossed earlier: below c from t0 on (c was best there)
      if (t < tNext - 1e-12 || (t <= tNext + 1e-12 && next >= 0 && lines.b[q]! > lines.b[next]!)) {
        tNext = t;
        next = q;
      }
    }
    if (next < 0 || tNext >= 1) {
      out.push({ from: t0, to: 1, best: c });
      return out;
    }
    if (tNext > t0) out.push({ from: t0, to: tNext, best: c });
    c = next;
    t0 = tNext;
  }
}

/**
 * The interval of t around which line `p` stays (weakly) best: the intersection of
 * a_p + b_p t ≥ a_q + b_q t over all q, clipped to [0, 1].
 */
export function stayBestInterval(lines: Lines, p: number): { lower: number; upper: number } {
  let lower = 0;
  let upper = 1;
  const ap = lines.a[p]!;
  const bp = lines.b[p]!;
  for (let q = 0; q < lines.a.length; q++) {
    const db = lines.b[q]! - bp;
    const da = ap - lines.a[q]!;
    if (db > 1e-15) upper = Math.min(upper, da / db);
    else if (db < -1e-15) lower = Math.max(lower, da / db);
  }
  return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
}
