/**
 * The Evidence channels over the importer (db/import), the indicator repository and the pure
 * severity engine. Import bytes arrive base64 (the only form both IPC and the HTTP shell carry
 * unchanged); the importer itself enforces the file, row and unzipped-size limits.
 */
import type Database from 'better-sqlite3';
import { undoImport, ImportUndoError } from '../../db/import/commit';
import { exportIndicatorCsv, exportIndicatorXlsx } from '../../db/import/export';
import { importBytes, type ImportReport } from '../../db/import/run-import';
import { InvalidValueError, NotFoundError } from '../../db/errors';
import { removeCauseLink, setCauseLink } from '../../db/repositories/cause-links.repo';
import {
  linkedObservations,
  listCauseIndicatorLinks,
  listCauseNames,
  listImports,
  observationImportIds,
} from '../../db/repositories/evidence.repo';
import {
  getObservations,
  listIndicatorSummaries,
  listQualityFlags,
} from '../../db/repositories/indicators.repo';
import { listRegions } from '../../db/repositories/regions.repo';
import { getScenario } from '../../db/repositories/scenario/read';
import { getRegionSettings } from '../../db/repositories/region-settings.repo';
import { comparisonChoice, regionReferenceScope } from '../../db/repositories/reference-scope.repo';
import { getImportMapping, saveImportMapping } from '../../db/repositories/settings.repo';
import {
  type ComparisonChoice,
  type ReferenceScope,
  describeReference,
  describeRegionValue,
} from '../../engine/evidence';
import { computeSeverity } from '../../engine/severity';
import {
  MAX_REPORTED_SKIPPED_LINES,
  type ImportReportView,
  type SeverityResult,
} from '../../contract/evidence';
import type { ParsedRequest, ServiceHandler } from './types';
import { bilingual } from '../../contract/bilingual';

/** A report with 100 000 bad rows would be megabytes; the first issues tell the planner what is wrong. */
const MAX_ISSUES = 500;

type EvidenceChannel =
  | 'evidence:indicators'
  | 'evidence:observations'
  | 'evidence:importPreview'
  | 'evidence:importCommit'
  | 'evidence:importUndo'
  | 'evidence:imports'
  | 'evidence:export'
  | 'evidence:severity'
  | 'evidence:linkIndicator'
  | 'evidence:unlinkIndicator';

function observations(db: Database.Database, indicator: string) {
  const summary = listIndicatorSummaries(db).find((i) => i.code === indicator);
  if (!summary) throw new NotFoundError(bilingual('指标', 'indicator'), indicator);
  const importIds = new Map(
    observationImportIds(db, indicator).map((r) => [`${r.region_code}|${r.year}`, r.import_id]),
  );
  const cells = getObservations(db, indicator).map((o) => ({
    region: o.region,
    year: o.year,
    value: o.value,
    qualifier: o.qualifier,
    sourceLineZh: o.sourceLineZh,
    sourceLineEn: o.sourceLineEn,
    noteZh: o.noteZh,
    noteEn: o.noteEn,
    flags: o.flags,
    importId: importIds.get(`${o.region}|${o.year}`) ?? null,
  }));
  const sources = new Map(
    cells.map((c) => [c.sourceLineZh, { zh: c.sourceLineZh, en: c.sourceLineEn }]),
  );
  const notes = listQualityFlags(db, indicator)
    .filter((f) => f.observationId === null)
    .map((f) => ({
      rule: f.rule,
      severity: f.severity,
      messageZh: f.messageZh,
      messageEn: f.messageEn,
      region: f.region,
      year: f.year,
    }));
  return {
    indicator: summary,
    years: [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b),
    cells,
    notes,
    sources: [...sources.values()],
  };
}

function toView(db: Database.Database, report: ImportReport): ImportReportView {
  const outline = report.outline ?? null;
  return {
    ...report,
    skippedLines: report.skippedLines.slice(0, MAX_REPORTED_SKIPPED_LINES),
    errors: report.errors.slice(0, MAX_ISSUES),
    warnings: report.warnings.slice(0, MAX_ISSUES),
    truncated:
      report.errors.length > MAX_ISSUES ||
      report.warnings.length > MAX_ISSUES ||
      report.skippedLines.length > MAX_REPORTED_SKIPPED_LINES,
    outline,
    rememberedMapping: outline ? getImportMapping(db, outline.signature) : null,
  };
}

/**
 * Preview or commit. A committed import that used a mapping remembers it under the file's header
 * signature, so the next file laid out the same way arrives with the mapping filled in.
 */
async function runImport(
  db: Database.Database,
  req: ParsedRequest<'evidence:importPreview'>,
  dryRun: boolean,
  user: string,
): Promise<ImportReportView> {
  const bytes = Buffer.from(req.bytesBase64, 'base64');
  const report = await importBytes(db, bytes, req.fileName, {
    dryRun,
    user,
    outline: true,
    skipBadRows: req.skipBadRows === true,
    ...(req.mapping ? { mapping: req.mapping } : {}),
  });
  if (report.committed && req.mapping && report.outline) {
    saveImportMapping(db, report.outline.signature, req.mapping);
  }
  return toView(db, report);
}

/** Why the chosen comparison does not apply, in both languages; null when it does. */
function comparisonNote(chosen: ComparisonChoice, applied: ReferenceScope['comparison']) {
  if (chosen.kind === (applied?.kind ?? 'national')) return null;
  return {
    zh: '所选参照只适用于城市及都市圈/城市群（所在省须唯一、同类城市组须存在），此处改为与全国比较',
    en: 'the chosen reference applies to cities and metropolitan areas only (with one province, or an existing peer group); the country is used here',
  };
}

/**
 * Per-cause severity of a region, each indicator with the sentence saying how its reference was
 * formed. `comparison`: what the region is compared with (the country unless a city or grouping
 * chose its province or a peer group).
 */
export function regionSeverity(
  db: Database.Database,
  regionCode: string,
  comparison: ComparisonChoice = { kind: 'national' },
): SeverityResult {
  const regions = listRegions(db);
  const target = regions.find((r) => r.code === regionCode);
  if (!target) throw new NotFoundError(bilingual('地区', 'region'), regionCode);
  const causes = listCauseNames(db);
  const scope = regionReferenceScope(db, target.code, comparison);
  const result = computeSeverity(
    causes.map((c) => c.id),
    listCauseIndicatorLinks(db),
    linkedObservations(db),
    scope,
  );
  const names = new Map(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }]));
  const name = (code: string) => names.get(code) ?? { zh: code, en: code };
  const indicators = new Map(listIndicatorSummaries(db).map((i) => [i.code, i]));
  const applied = scope.comparison;
  return {
    region: target.code,
    comparison: {
      chosen: comparison.kind,
      kind: applied?.kind ?? 'national',
      region: applied && applied.kind !== 'national' ? applied.code : null,
      note: comparisonNote(comparison, applied),
    },
    causes: result.map((c, i) => ({
      causeId: c.causeId,
      nameZh: causes[i]!.nameZh,
      nameEn: causes[i]!.nameEn,
      severity: c.severity,
      indicators: c.indicators.map((g) => {
        const ind = indicators.get(g.indicator);
        return {
          ...g,
          nameZh: ind?.nameZh ?? g.indicator,
          nameEn: ind?.nameEn ?? g.indicator,
          unit: ind?.unit ?? '',
          unitEn: ind?.unitEn ?? '',
          explanation: describeReference(g, g.reference, name),
          valueNote: describeRegionValue(g, name),
        };
      }),
    })),
  };
}

/** The severity of a scenario's region against the references the scenario chose. */
export function scenarioSeverity(db: Database.Database, scenarioId: number): SeverityResult {
  return regionSeverity(
    db,
    getScenario(db, scenarioId).regionCode,
    comparisonChoice(getRegionSettings(db, scenarioId)),
  );
}

function severity(db: Database.Database, req: ParsedRequest<'evidence:severity'>) {
  if ('scenarioId' in req) return scenarioSeverity(db, req.scenarioId);
  const choice: ComparisonChoice =
    req.reference === 'peer-group'
      ? { kind: 'peer-group', code: req.peerGroup ?? '' }
      : { kind: req.reference ?? 'national' };
  return regionSeverity(db, req.regionCode, choice);
}

export function evidenceServices(
  db: Database.Database,
  user: string,
): { [K in EvidenceChannel]: ServiceHandler<K> } {
  return {
    'evidence:indicators': () => listIndicatorSummaries(db),
    'evidence:observations': ({ indicator }) => observations(db, indicator),
    'evidence:importPreview': (req) => runImport(db, req, true, user),
    'evidence:importCommit': (req) => runImport(db, req, false, user),
    'evidence:importUndo': ({ importId }) => {
      try {
        return undoImport(db, importId);
      } catch (err) {
        if (err instanceof ImportUndoError) throw new InvalidValueError('importId', err.message);
        throw err;
      }
    },
    'evidence:imports': () => listImports(db),
    'evidence:export': async ({ indicator, format }) => {
      const bytes =
        format === 'csv'
          ? Buffer.from(exportIndicatorCsv(db, indicator), 'utf8')
          : await exportIndicatorXlsx(db, indicator);
      return {
        fileName: `${indicator}.${format}`,
        mimeType:
          format === 'csv'
            ? 'text/csv;charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytesBase64: bytes.toString('base64'),
      };
    },
    'evidence:severity': (req) => severity(db, req),
    'evidence:linkIndicator': ({ causeId, indicator, direction, reference }) => ({
      causeId,
      indicator,
      editId: setCauseLink(db, { causeId, indicator, direction, reference }),
    }),
    'evidence:unlinkIndicator': ({ causeId, indicator }) => ({
      causeId,
      indicator,
      editId: removeCauseLink(db, causeId, indicator),
    }),
  };
}
