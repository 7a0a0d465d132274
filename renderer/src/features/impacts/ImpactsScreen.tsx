import { Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PROVENANCE,
  type ImpactCell,
  type Locale,
  type Measure,
  type Scenario,
} from '../../../../contract/domain';
import { formatNumber, formatSigned, localUnit } from '../../format/number';
import { impactColors, impactLevels } from '../../model/impact-scale';
import { ImpactCellButton } from './ImpactCellButton';
import { IllustrativeTag } from '../../app/IllustrativeTag';
import { provenanceShort, provenanceText } from '../../app/provenance';
import type { ConfirmTarget, MeasureCostEdit } from '../../app/use-scenario';
import { ConfirmButton } from './ConfirmButton';
import { DefaultsBar } from './DefaultsBar';
import { MeasureCostsTable } from './MeasureCostsTable';
import { localName, localText } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  scenario: Scenario;
  lang: Locale;
  onImpactSave(
    measureId: string,
    causeId: string,
    v: { low: number; likely: number; high: number },
  ): Promise<void>;
  onMeasureCostSave(measureId: string, cost: MeasureCostEdit): Promise<void>;
  onConfirmDefaults(what: ConfirmTarget, measureId?: string): Promise<void>;
}

const clamp2: React.CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};

/**
 * The measures × causes impact matrix as an editable heat map, each cell saying where its value
 * came from; the confirm actions for defaults; each measure's cost, years and lead agency.
 */
export function ImpactsScreen({
  scenario,
  lang,
  onImpactSave,
  onMeasureCostSave,
  onConfirmDefaults,
}: Props) {
  const { t } = useTranslation();
  const name = (x: { nameZh: string; nameEn: string }) => localName(x, lang);

  const cells = useMemo(() => {
    const map = new Map<string, ImpactCell>();
    for (const c of scenario.impacts) map.set(`${c.measureId}|${c.causeId}`, c);
    return map;
  }, [scenario.impacts]);

  const unit = localUnit(scenario.measures[0]?.costUnit ?? '', lang);
  const defaultsOf = (measureId: string) =>
    scenario.impacts.filter((c) => c.measureId === measureId && c.provenance.kind === 'default')
      .length;

  const cellOf = (measureId: string, causeId: string): ImpactCell =>
    cells.get(`${measureId}|${causeId}`) ?? {
      // A missing cell means "no effect" to the engine; show it as such and let the planner set it.
      measureId,
      causeId,
      low: 0,
      likely: 0,
      high: 0,
      rationaleZh: '',
      rationaleEn: '',
      source: '',
      provenance: DEFAULT_PROVENANCE,
    };

  const columns: TableColumnsType<Measure> = [
    {
      title: t('impacts.measure'),
      key: 'measure',
      width: 176,
      render: (_, m) => {
        const defaults = defaultsOf(m.id);
        return (
          <>
            <Tooltip title={`${m.paperSection} · ${localText(m, lang)}`.slice(0, 400)}>
              <div
                style={clamp2}
                tabIndex={0}
                aria-label={`${m.id} ${name(m)} (${m.paperSection})`}
              >
                <strong>{m.id}</strong> {name(m)}
              </div>
            </Tooltip>
            {defaults > 0 && (
              <ConfirmButton
                size="small"
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                aria-label={t('costs.confirmRowLabel', {
                  measure: `${m.id} ${name(m)}`,
                  n: defaults,
                })}
                data-testid={`confirm-row-${m.id}`}
                onConfirm={() => onConfirmDefaults('impacts', m.id)}
              >
                {t('costs.confirmRow')}
              </ConfirmButton>
            )}
          </>
        );
      },
    },
    {
      title: `${t('impacts.cost')} (${unit})`,
      key: 'cost',
      width: 120,
      render: (_, m) => (
        <div data-testid={`measure-cost-${m.id}`} data-provenance={m.costProvenance.kind}>
          <div style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatNumber(lang, m.costLikely, 1)}
          </div>
          {m.costProvenance.kind === 'default' ? (
            <IllustrativeTag style={{ marginTop: space.xxs }} />
          ) : (
            <Tooltip title={provenanceText(t, lang, m.costProvenance)}>
              <span
                className="trp-provenance-mark"
                tabIndex={0}
                aria-label={provenanceText(t, lang, m.costProvenance)}
              >
                {provenanceShort(t, m.costProvenance)}
              </span>
            </Tooltip>
          )}
        </div>
      ),
    },
    ...scenario.causes.map((c) => ({
      key: c.id,
      width: 92,
      title: (
        <Tooltip title={`${c.paperSection} · ${name(c)}`}>
          <div style={{ ...clamp2, fontSize: 12 }} tabIndex={0} aria-label={`${c.id} ${name(c)}`}>
            <strong>{c.id}</strong> {name(c)}
          </div>
        </Tooltip>
      ),
      render: (_: unknown, m: Measure) => (
        <ImpactCellButton
          cell={cellOf(m.id, c.id)}
          measureName={`${m.id} ${name(m)}`}
          causeName={`${c.id} ${name(c)}`}
          lang={lang}
          onSave={(v) => onImpactSave(m.id, c.id, v)}
        />
      ),
    })),
  ];

  return (
    <section aria-labelledby="trp-impacts-title">
      <Typography.Title level={2} id="trp-impacts-title" style={{ marginTop: 0, fontSize: 18 }}>
        {t('impacts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('impacts.intro')}</Typography.Paragraph>
      <DefaultsBar scenario={scenario} onConfirm={onConfirmDefaults} />
      {/* Below the columns' total width (200% zoom) the matrix scrolls in this frame, not the page.
          Not antd's scroll.x: its hidden measure row repeats the focusable cause headings
          inside aria-hidden (axe: aria-hidden-focus). */}
      <div className="trp-scroll-frame">
        <Table<Measure>
          rowKey="id"
          size="small"
          bordered
          pagination={false}
          columns={columns}
          dataSource={scenario.measures}
          tableLayout="fixed"
          style={{ minWidth: 1060 }}
          onRow={(m) =>
            ({ 'data-testid': `measure-row-${m.id}` }) as React.HTMLAttributes<HTMLElement>
          }
        />
      </div>
      <div
        style={{
          display: 'flex',
          gap: space.xs,
          alignItems: 'center',
          marginTop: space.xs,
          flexWrap: 'wrap',
        }}
        aria-label={t('impacts.legend')}
      >
        <span className="trp-secondary">{t('impacts.legend')}:</span>
        {impactLevels.map((l) => (
          <span
            key={l.key}
            style={{
              ...impactColors(l.value),
              padding: `1px ${space.xs}px`,
              borderRadius: 4,
              fontSize: 12,
              border: '1px solid rgba(0, 0, 0, 0.06)',
            }}
          >
            {t(`scale.${l.key}`)} {formatSigned(lang, l.value)}
          </span>
        ))}
      </div>
      <MeasureCostsTable
        scenario={scenario}
        lang={lang}
        onSave={onMeasureCostSave}
        onKeep={(measureId) => onConfirmDefaults('costs', measureId)}
      />
    </section>
  );
}
