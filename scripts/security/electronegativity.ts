/**
 * The Electronegativity gate (docs/security.md). The scanner always exits 0, even
 * with findings, so the gate runs it, reads its findings and decides itself: any HIGH or MEDIUM
 * finding that is not on the reviewed allow-list (rule + file + reason) fails.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  rule: string;
  severity: Severity;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

const allowEntry = z.strictObject({
  rule: z.string().min(1),
  file: z.string().min(1),
  reason: z.string().min(20, 'every allow-list entry needs a real reason'),
});
export type AllowEntry = z.infer<typeof allowEntry>;

export function loadAllowlist(file = path.join(here, 'allowlist.json')): AllowEntry[] {
  return z.array(allowEntry).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const severities: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

const rawFinding = z.object({
  rule: z.string().min(1),
  severity: z.string().optional(),
  confidence: z.string().optional(),
  file: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
});
const scanReport = z.object({ findings: z.array(rawFinding), errors: z.number().int() });

/**
 * Turns the scanner's report into findings. An unknown or missing severity counts as HIGH so a
 * change in the scanner's output fails the gate instead of slipping through it.
 */
export function parseScanReport(json: string): Finding[] {
  const report = scanReport.parse(JSON.parse(json));
  if (report.errors > 0)
    throw new Error(`electronegativity could not parse ${report.errors} file(s)`);
  return report.findings.map((f) => {
    const sev = (f.severity ?? '').trim().toUpperCase();
    return {
      rule: f.rule.trim(),
      severity: (severities as readonly string[]).includes(sev) ? (sev as Severity) : 'HIGH',
      confidence: (f.confidence ?? '').trim(),
      file: (f.file ?? '').trim(),
      location: (f.location ?? '').trim(),
      description: (f.description ?? '').trim(),
    };
  });
}

/** Runs the scanner offline on one folder and returns its findings. */
export async function scan(inputDir: string): Promise<Finding[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-eneg-'));
  const out = path.join(tmp, 'eneg.json');
  try {
    // AvailableSecurityFixesGlobalCheck needs the network; every other check runs offline.
    await run(
      process.execPath,
      [
        path.join(here, 'electronegativity-scan.cjs'),
        inputDir,
        out,
        'AvailableSecurityFixesGlobalCheck',
      ],
      { cwd: repoRoot, timeout: 120_000 },
    );
    if (!fs.existsSync(out)) throw new Error(`electronegativity wrote no report for ${inputDir}`);
    return parseScanReport(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export interface GateResult {
  findings: Finding[];
  bySeverity: Record<Severity, number>;
  /** HIGH/MEDIUM findings with no allow-list entry: the gate fails when this is non-empty. */
  blocking: Finding[];
  /** Allow-list entries that matched nothing (stale: remove them). */
  unusedAllowEntries: AllowEntry[];
}

export function evaluate(findings: Finding[], allowlist: readonly AllowEntry[]): GateResult {
  const bySeverity: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  const allowed = (f: Finding): boolean =>
    allowlist.some((a) => a.rule === f.rule && a.file === f.file);
  const blocking = findings.filter(
    (f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !allowed(f),
  );
  const unusedAllowEntries = allowlist.filter(
    (a) => !findings.some((f) => f.rule === a.rule && f.file === a.file),
  );
  return { findings, bySeverity, blocking, unusedAllowEntries };
}

export async function runGate(inputDir = path.join(repoRoot, 'electron')): Promise<GateResult> {
  return evaluate(await scan(inputDir), loadAllowlist());
}
