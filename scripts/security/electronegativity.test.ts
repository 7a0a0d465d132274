import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadAllowlist, parseScanReport, repoRoot, scan } from './electronegativity';

const report = JSON.stringify({
  errors: 0,
  findings: [
    {
      rule: 'CSP_GLOBAL_CHECK',
      severity: 'MEDIUM',
      confidence: 'CERTAIN',
      file: 'N/A',
      location: '0:0',
      description: 'No CSP',
    },
    {
      rule: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      confidence: 'FIRM',
      file: 'main/index.ts',
      location: '51:14',
      description: 'Review, really',
    },
    {
      rule: 'PRELOAD_JS_CHECK',
      severity: 'LOW',
      confidence: 'TENTATIVE',
      file: 'preload/index.ts',
      location: '1:1',
      description: 'review',
    },
  ],
});

describe('electronegativity gate', () => {
  it('reads the report; an unknown severity counts as HIGH; scanner errors fail', () => {
    const f = parseScanReport(report);
    expect(f).toHaveLength(3);
    expect(f[1]).toMatchObject({
      rule: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      file: 'main/index.ts',
      description: 'Review, really',
    });
    const odd = JSON.stringify({
      errors: 0,
      findings: [{ rule: 'NEW_CHECK', severity: 'SEVERE' }],
    });
    expect(parseScanReport(odd)[0]?.severity).toBe('HIGH');
    expect(() => parseScanReport(JSON.stringify({ errors: 2, findings: [] }))).toThrow(/2 file/);
  });

  it('blocks HIGH/MEDIUM findings off the allow-list and ignores LOW', () => {
    const f = parseScanReport(report);
    const none = evaluate(f, []);
    expect(none.blocking.map((b) => b.rule)).toEqual([
      'CSP_GLOBAL_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
    ]);
    const some = evaluate(f, [
      { rule: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'header set by the protocol handler' },
    ]);
    expect(some.blocking.map((b) => b.rule)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    // An entry for the same rule in another file does not cover this one.
    const other = evaluate(f, [
      { rule: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/other.ts', reason: 'a reason long enough' },
    ]);
    expect(other.blocking).toHaveLength(2);
  });

  it('every allow-list entry carries a reason', () => {
    for (const e of loadAllowlist()) expect(e.reason.length).toBeGreaterThan(40);
  });

  it('flags the insecure fixture (negative control) and passes the app', async () => {
    const [bad, app] = await Promise.all([
      scan(path.join(repoRoot, 'scripts/security/fixtures/insecure')),
      scan(path.join(repoRoot, 'electron')),
    ]);
    const badGate = evaluate(bad, loadAllowlist());
    expect(
      badGate.blocking.some(
        (f) => f.rule === 'CONTEXT_ISOLATION_JS_CHECK' && f.severity === 'HIGH',
      ),
    ).toBe(true);
    expect(badGate.bySeverity.HIGH).toBeGreaterThan(0);
    const appGate = evaluate(app, loadAllowlist());
    expect(appGate.blocking).toEqual([]);
  }, 120_000);
});
