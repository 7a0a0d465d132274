/**
 * `npm run check:security [-- --json]`: runs the security and durability tests and prints the
 * figures docs/security.md names: checklist items passing / total, Electronegativity findings
 * by severity, crash trials / failures (200 trials), fuzz runs / uncaught errors, bad-input cases
 * / correctly refused (IPC payloads, sender frames, hostile import files, hostile project files,
 * request targets, names, read-only files), recovery cases / recovered / silent fresh starts, and
 * concurrent edits / failures. Exits 1 when any figure misses its target.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKLIST, type TestRef } from './security/checklist';
import { repoRoot, runGate } from './security/electronegativity';
import type { BadInputFigures } from './security/figures';

/** Hostile-input probes beyond the fuzzer, each writing `<name>.json` (scripts/security/figures.ts). */
const BAD_INPUT_PROBES = ['project-file', 'shell-requests', 'text', 'read-only'] as const;

const asJson = process.argv.includes('--json');
const TRIALS = Number(process.env.TRIALS ?? 200);

interface VitestAssertion {
  fullName: string;
  status: string;
}
interface VitestReport {
  testResults: { name: string; assertionResults: VitestAssertion[] }[];
}

const log = (line: string): void => {
  if (!asJson) console.log(line);
};

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

function runVitest(files: string[], figuresDir: string): VitestReport {
  const out = path.join(figuresDir, 'vitest.json');
  log(`running ${files.length} test files (crash trials: ${TRIALS}) …`);
  spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...files,
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, TRIALS: String(TRIALS), TRP_FIGURES_DIR: figuresDir },
      stdio: ['ignore', 'ignore', asJson ? 'ignore' : 'inherit'],
    },
  );
  return readJson<VitestReport>(out) ?? { testResults: [] };
}

function testsMatching(report: VitestReport, ref: TestRef): VitestAssertion[] {
  const file = report.testResults.find((r) => path.relative(repoRoot, r.name) === ref.file);
  return (file?.assertionResults ?? []).filter((a) => !ref.name || ref.name.test(a.fullName));
}

async function main(): Promise<number> {
  const figuresDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-figures-'));
  try {
    const files = [
      ...new Set([
        ...CHECKLIST.flatMap((c) => c.tests.map((t) => t.file)),
        'db/durability/crash.test.ts',
        'db/durability/backups.test.ts',
        'db/durability/fixtures.test.ts',
        'electron/services/database-recovery.test.ts',
        'electron/services/dispatch.test.ts',
        'contract/plain-text.test.ts',
        'db/import/hostile-input.test.ts',
        'db/import/streaming.test.ts',
        'db/project-file/hostile-files.test.ts',
        'db/durability/recovery-cases.test.ts',
        'db/durability/concurrent-edits.test.ts',
        'db/write-transaction.test.ts',
        'electron/shell/hostile-requests.test.ts',
        'electron/shell/project-round-trip.test.ts',
        'electron/cli/read-only.test.ts',
        'electron/cli/terminal-text.test.ts',
        'electron/main/open-project-file.test.ts',
        'scripts/packaged-dependencies.test.ts',
        'scripts/security/electronegativity.test.ts',
      ]),
    ];
    const [report, gate] = await Promise.all([
      Promise.resolve().then(() => runVitest(files, figuresDir)),
      runGate(),
    ]);

    const items = CHECKLIST.map((c) => {
      const matched = c.tests.map((t) => testsMatching(report, t));
      const pass = matched.every((m) => m.length > 0 && m.every((a) => a.status === 'passed'));
      return { item: c.item, title: c.title, pass, tests: matched.flat().length };
    });
    const allTests = report.testResults.flatMap((r) => r.assertionResults);
    const figure = <T>(name: string): T | null => readJson<T>(path.join(figuresDir, name));
    const crash = figure<{
      trials: number;
      failedTrials: number;
      ackedCommitsChecked: number;
      midBatchKills: number;
      migrateTrials: number;
      migrationsStayedOld: number;
      migrationsCompleted: number;
      validBackups: number;
      wallMs: number;
    }>('crash.json');
    const negative = figure<{ trials: number; failedTrials: number }>('crash-negative.json');
    const fuzz = figure<{
      channels: number;
      runs: number;
      uncaught: number;
      rejected: number;
      accepted: number;
      internal: number;
      overlong: number;
    }>('fuzz.json');
    const senders = figure<{ refused: number; calls: number }>('senders.json');
    // Hostile import files (footnote digits, future years, ragged rows, long cells, bidi names)
    // and the two oversized files refused while streaming, with the peak memory of those imports.
    const importFiles = figure<{ cases: number; correctlyRefused: number }>(
      'import-bad-input.json',
    );
    const streaming = figure<{
      cases: number;
      correctlyRefused: number;
      xlsxPeakRssMb?: number;
      csvPeakRssMb?: number;
    }>('import-streaming.json');
    const importCases = (importFiles?.cases ?? 0) + (streaming?.cases ?? 0);
    const importRefused = (importFiles?.correctlyRefused ?? 0) + (streaming?.correctlyRefused ?? 0);
    // Each hostile-input probe reports { cases, correctlyRefused } (scripts/security/figures.ts).
    const probes = Object.fromEntries(
      BAD_INPUT_PROBES.map((name) => [name, figure<BadInputFigures>(`${name}.json`)]),
    );
    const recovery = figure<{
      cases: number;
      recovered: number;
      reported: number;
      silentFreshStarts: number;
    }>('recovery.json');
    const concurrency = figure<{
      edits: number;
      failedEdits: number;
      auditEntries: number;
      cliRuns: number;
      cliFailures: number;
      wallMs: number;
      contender: { opens: number; writes: number; failures: number };
    }>('concurrency.json');
    const roundTrip = figure<{
      scenarios: number;
      bytes: number;
      exportMs: number;
      importMs: number;
    }>('project-round-trip.json');
    const probeList = Object.values(probes);
    const probeCases = probeList.reduce((n, p) => n + (p?.cases ?? 0), 0);
    const probeRefused = probeList.reduce((n, p) => n + (p?.correctlyRefused ?? 0), 0);

    const figures = {
      checklist: { passing: items.filter((i) => i.pass).length, total: items.length, items },
      electronegativity: {
        bySeverity: gate.bySeverity,
        blockingHighMedium: gate.blocking.length,
        allowListed:
          gate.findings.length -
          gate.blocking.length -
          gate.bySeverity.LOW -
          gate.bySeverity.INFORMATIONAL,
        staleAllowEntries: gate.unusedAllowEntries.length,
      },
      crash: crash && {
        trials: crash.trials,
        failures: crash.failedTrials,
        ackedCommitsChecked: crash.ackedCommitsChecked,
        midBatchKills: crash.midBatchKills,
        migrationTrials: crash.migrateTrials,
        migrationsLeftAtOldVersion: crash.migrationsStayedOld,
        migrationsCompleted: crash.migrationsCompleted,
        validBackups: crash.validBackups,
        wallSeconds: Math.round(crash.wallMs / 100) / 10,
        negativeControl: negative && { trials: negative.trials, failures: negative.failedTrials },
      },
      fuzz: fuzz && {
        channels: fuzz.channels,
        runs: fuzz.runs,
        uncaughtErrors: fuzz.uncaught,
        internalErrors: fuzz.internal,
        overlongMessages: fuzz.overlong,
      },
      badInput: fuzz &&
        senders && {
          cases: fuzz.rejected + senders.refused + importCases + probeCases,
          correctlyRefused:
            fuzz.rejected -
            fuzz.internal +
            (senders.calls === 0 ? senders.refused : 0) +
            importRefused +
            probeRefused,
          hostileSenderFrames: senders.refused,
          hostileImportFiles: importCases,
          largeImportPeakRssMB: Math.max(
            streaming?.xlsxPeakRssMb ?? 0,
            streaming?.csvPeakRssMb ?? 0,
          ),
          probes,
        },
      recovery: recovery && {
        cases: recovery.cases,
        recovered: recovery.recovered,
        reported: recovery.reported,
        silentFreshStarts: recovery.silentFreshStarts,
      },
      concurrency: concurrency && {
        edits: concurrency.edits,
        failedEdits: concurrency.failedEdits,
        auditEntries: concurrency.auditEntries,
        otherProcessOpens: concurrency.contender.opens,
        otherProcessWrites: concurrency.contender.writes,
        otherProcessFailures: concurrency.contender.failures,
        cliRuns: concurrency.cliRuns,
        cliFailures: concurrency.cliFailures,
        wallSeconds: Math.round(concurrency.wallMs / 100) / 10,
      },
      projectRoundTrip: roundTrip,
      tests: {
        total: allTests.length,
        failed: allTests.filter((a) => a.status === 'failed').map((a) => a.fullName),
      },
    };
    const ok =
      figures.checklist.passing === figures.checklist.total &&
      figures.electronegativity.blockingHighMedium === 0 &&
      !!crash &&
      crash.failedTrials === 0 &&
      crash.trials === TRIALS &&
      !!negative &&
      negative.failedTrials > 0 &&
      !!fuzz &&
      fuzz.uncaught === 0 &&
      fuzz.internal === 0 &&
      probeList.every((p) => p !== null && p.cases > 0 && p.correctlyRefused === p.cases) &&
      !!recovery &&
      recovery.cases > 0 &&
      recovery.silentFreshStarts === 0 &&
      recovery.reported === recovery.cases &&
      !!concurrency &&
      concurrency.failedEdits === 0 &&
      concurrency.auditEntries === concurrency.edits &&
      !!roundTrip &&
      !!importFiles &&
      !!streaming &&
      importCases > 0 &&
      importRefused === importCases &&
      figures.tests.failed.length === 0;

    if (asJson) {
      console.log(JSON.stringify({ ok, ...figures }));
    } else {
      log('');
      log(
        `Checklist items passing:        ${figures.checklist.passing} / ${figures.checklist.total}`,
      );
      for (const i of items.filter((x) => !x.pass)) log(`  ✗ item ${i.item}: ${i.title}`);
      const s = gate.bySeverity;
      log(
        `Electronegativity findings:     HIGH ${s.HIGH}, MEDIUM ${s.MEDIUM}, LOW ${s.LOW}, INFO ${s.INFORMATIONAL}; not allow-listed HIGH/MEDIUM: ${gate.blocking.length}`,
      );
      for (const b of gate.blocking) log(`  ✗ ${b.severity} ${b.rule} ${b.file}:${b.location}`);
      if (crash)
        log(
          `Crash trials / failures:        ${crash.trials} / ${crash.failedTrials} (${crash.ackedCommitsChecked} acknowledged commits checked; ${crash.midBatchKills} kills inside a batch; ${crash.migrateTrials} mid-migration kills: ${crash.migrationsStayedOld} stayed at v10, ${crash.migrationsCompleted} completed; ${Math.round(crash.wallMs / 1000)} s)`,
        );
      if (negative)
        log(
          `Negative control (no txn):      ${negative.failedTrials} failing of ${negative.trials} trials (must be > 0)`,
        );
      if (fuzz)
        log(
          `Fuzz runs / uncaught errors:    ${fuzz.runs} / ${fuzz.uncaught} (${fuzz.channels} channels; internal errors ${fuzz.internal}; over-long messages ${fuzz.overlong})`,
        );
      if (figures.badInput)
        log(
          `Bad-input cases / refused:      ${figures.badInput.cases} / ${figures.badInput.correctlyRefused} (incl. ${figures.badInput.hostileSenderFrames} hostile sender frames, ${figures.badInput.hostileImportFiles} hostile import files; peak memory of the large-file refusals ${figures.badInput.largeImportPeakRssMB} MB)`,
        );
      for (const [name, p] of Object.entries(probes))
        log(`  ${name.padEnd(30)}${p ? `${p.cases} / ${p.correctlyRefused}` : 'not run'}`);
      if (recovery)
        log(
          `Recovery cases / recovered:     ${recovery.cases} / ${recovery.recovered} (reported ${recovery.reported}; silent fresh starts ${recovery.silentFreshStarts}, must be 0)`,
        );
      if (concurrency)
        log(
          `Concurrent edits / failed:      ${concurrency.edits} / ${concurrency.failedEdits} (other process: ${concurrency.contender.opens} opens, ${concurrency.contender.writes} writes; CLI runs ${concurrency.cliRuns}; ${Math.round(concurrency.wallMs / 1000)} s)`,
        );
      if (roundTrip)
        log(
          `Project round trip:             ${roundTrip.scenarios} scenarios, ${(roundTrip.bytes / 1e6).toFixed(2)} MB, export ${roundTrip.exportMs} ms, import ${roundTrip.importMs} ms`,
        );
      log(`Tests: ${figures.tests.total} run, ${figures.tests.failed.length} failed`);
      for (const f of figures.tests.failed) log(`  ✗ ${f}`);
      log(ok ? 'check:security OK' : 'check:security FAILED');
    }
    return ok ? 0 : 1;
  } finally {
    fs.rmSync(figuresDir, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
