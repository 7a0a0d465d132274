import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadAllowlist, parseFindingsCsv, repoRoot, scan } from './electronegativity';

const csv = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP",https://x
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.ts","51:14","const win = new BrowserWindow({","Review, really",https://x
PRELOAD_JS_CHECK,"LOW","TENTATIVE","preload/index.ts","1:1",x,"review",https://x`;

describe('electronegativity gate', () => {
  it('parses the CSV, quoted commas included', () => {
    const f = parseFindingsCsv(csv);
    expect(f).toHaveLength(3);
    expect(f[1]).toMatchObject({
      rule: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      file: 'main/index.ts',
      description: 'Review, really',
    });
  });

  it('blocks HIGH/MEDIUM findings off the allow-list and ignores LOW', () => {
    const f = parseFindingsCsv(csv);
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
