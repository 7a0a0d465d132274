import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  InputNumber,
  Radio,
  Spin,
  theme,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportSection } from '../../../../engine/report';
import type { Locale, Scenario } from '../../../../contract/domain';
import type { Response } from '../../../../contract/channels';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { downloadPdf } from './download';
import { BriefingPreview } from './BriefingPreview';
import { MapIndicatorSetting } from './MapIndicatorSetting';
import { useBriefingPreview, type PreviewRequest } from './use-briefing-preview';
import { space } from '../../app/spacing';

const MAX_SEED = 0xffffffff;

interface Props {
  scenario: Scenario;
  lang: Locale;
}

type ExportReply = Response<'briefing:export'>;

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const started = performance.now();
    setSeconds(0);
    const timer = setInterval(() => setSeconds((performance.now() - started) / 1000), 200);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/**
 * The Briefing screen: language, sections and seed on the left; the host's preview of exactly
 * those pages on the right; Export prints the PDF on the host (Chromium or Electron's hidden
 * window) and downloads it, or reports where Electron saved it.
 */
export function BriefingScreen({ scenario, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [briefLang, setBriefLang] = useState<Locale>(lang);
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);
  // null until the host says which seed it uses by default (the first preview's reply).
  const [seed, setSeed] = useState<number | null>(null);
  const [seedText, setSeedText] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<ExportReply | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const elapsed = useElapsedSeconds(exporting);

  const seedValid =
    seedText === null || (/^\d+$/.test(seedText.trim()) && Number(seedText) <= MAX_SEED);
  const request: PreviewRequest | null = useMemo(() => {
    if (sections.length === 0 || !seedValid) return null;
    const all = sections.length === REPORT_SECTIONS.length;
    return {
      scenarioId: scenario.id,
      lang: briefLang,
      ...(all ? {} : { sections: REPORT_SECTIONS.filter((s) => sections.includes(s)) }),
      ...(seed === null ? {} : { seed }),
    };
  }, [scenario.id, briefLang, sections, seed, seedValid]);
  const preview = useBriefingPreview(request);
  const shownSeed = seedText ?? (preview.reply ? String(preview.reply.seed) : '');

  async function exportPdf(): Promise<void> {
    if (request === null) return;
    setExporting(true);
    setExportError(null);
    setExported(null);
    try {
      const reply = await call('briefing:export', request);
      if (reply.delivery === 'download' && reply.bytesBase64 !== undefined)
        downloadPdf(reply.fileName, reply.bytesBase64);
      setExported(reply);
    } catch (error) {
      setExportError(toApiError(error));
    } finally {
      setExporting(false);
    }
  }

  const done = exported && {
    pages: exported.pages,
    kb: Math.round(exported.bytes / 1024),
    seconds: (exported.ms / 1000).toFixed(1),
    file: exported.fileName,
    path: exported.savedPath ?? exported.fileName,
    seed: exported.seed,
  };

  return (
    <div data-testid="briefing-screen">
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>
        {t('briefing.title')}
      </Typography.Title>
      <Typography.Paragraph data-testid="briefing-intro" style={{ maxWidth: 980 }}>
        {t('briefing.intro')}
      </Typography.Paragraph>
      {/* Wraps at 200% zoom: the preview goes below the settings instead of off the screen. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: space.md, alignItems: 'flex-start' }}>
        <Card title={t('briefing.settings')} size="small" style={{ width: 370, flex: 'none' }}>
          <Form layout="vertical" component="div">
            <Form.Item label={t('briefing.language')} htmlFor="briefing-lang">
              <Radio.Group
                id="briefing-lang"
                aria-label={t('briefing.language')}
                value={briefLang}
                onChange={(e) => setBriefLang(e.target.value as Locale)}
              >
                <Radio.Button value="zh" data-testid="briefing-lang-zh">
                  中文
                </Radio.Button>
                <Radio.Button value="en" data-testid="briefing-lang-en">
                  English
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            <fieldset style={{ border: 0, padding: 0, margin: `0 0 ${space.md}px` }}>
              <legend style={{ fontSize: 14, marginBottom: space.xs, border: 0 }}>
                {t('briefing.sections')}
              </legend>
              <Checkbox
                data-testid="briefing-sections-all"
                checked={sections.length === REPORT_SECTIONS.length}
                indeterminate={sections.length > 0 && sections.length < REPORT_SECTIONS.length}
                onChange={(e) => setSections(e.target.checked ? [...REPORT_SECTIONS] : [])}
              >
                {t('briefing.allSections')}
              </Checkbox>
              <Checkbox.Group
                value={sections}
                onChange={(v) => setSections(v as ReportSection[])}
                style={{
                  display: 'grid',
                  gridTemplateColumns: '1fr 1fr',
                  gap: space.xxs,
                  marginTop: space.xs,
                }}
              >
                {REPORT_SECTIONS.map((s) => (
                  <Checkbox key={s} value={s} data-testid={`briefing-section-${s}`}>
                    {t(`briefing.sectionNames.${s}`)}
                  </Checkbox>
                ))}
              </Checkbox.Group>
              {sections.length === 0 && (
                <Alert
                  type="warning"
                  showIcon
                  role="alert"
                  style={{ marginTop: token.marginXS }}
                  title={t('briefing.needSection')}
                />
              )}
            </fieldset>
            <MapIndicatorSetting scenarioId={scenario.id} lang={lang} />
            <Form.Item
              label={t('briefing.seed')}
              htmlFor="briefing-seed"
              help={seedValid ? t('briefing.seedHelp') : t('briefing.seedInvalid')}
              validateStatus={seedValid ? '' : 'error'}
            >
              <InputNumber
                id="briefing-seed"
                data-testid="briefing-seed"
                style={{ width: '100%' }}
                min="0"
                max={String(MAX_SEED)}
                precision={0}
                stringMode
                value={shownSeed}
                onChange={(v) => {
                  const text = v === null ? '' : String(v);
                  setSeedText(text);
                  if (/^\d+$/.test(text) && Number(text) <= MAX_SEED) setSeed(Number(text));
                }}
              />
            </Form.Item>
            <Button
              type="primary"
              block
              style={{ marginTop: token.marginXS }}
              data-testid="briefing-export"
              disabled={request === null || exporting}
              onClick={() => void exportPdf()}
            >
              {t('briefing.export')}
            </Button>
          </Form>
          <div aria-live="polite" style={{ marginTop: token.marginSM }}>
            {exporting && (
              <div data-testid="briefing-progress" style={{ display: 'flex', gap: space.xs }}>
                <Spin size="small" />
                <span>{t('briefing.exporting', { seconds: elapsed.toFixed(0) })}</span>
              </div>
            )}
            {done && exported.delivery !== 'cancelled' && (
              <Alert
                type="success"
                showIcon
                data-testid="briefing-done"
                title={t(
                  exported.delivery === 'saved' ? 'briefing.saved' : 'briefing.downloaded',
                  done,
                )}
              />
            )}
            {exported?.delivery === 'cancelled' && (
              <Alert type="info" showIcon title={t('briefing.cancelled')} />
            )}
            {exportError && <ErrorAlert error={exportError} />}
          </div>
        </Card>
        <BriefingPreview state={preview} />
      </div>
    </div>
  );
}
