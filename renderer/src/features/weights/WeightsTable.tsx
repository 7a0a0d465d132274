import { Table, theme, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import type { CauseSeverity } from '../severity/use-cause-severity';
import { severityIndicatorLines } from '../severity/severity-text';
import { CauseSeverityCell } from './CauseSeverityCell';
import {
  LiveShare,
  LiveShareBar,
  LiveTotal,
  LiveTotalShare,
  LiveWeightControl,
  LiveWeightsContext,
  liveWeightsOf,
} from './live-weights';
import { localName, localText, otherLocale } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  causes: readonly Cause[];
  regionCode: string;
  lang: Locale;
  severity: CauseSeverity;
  onWeightChange(causeId: string, weight: number): void;
}

/** What a row shows besides the live weight: fixed while the planner moves sliders. */
type Row = Omit<Cause, 'weight'>;

const causeName = (c: Pick<Cause, 'nameZh' | 'nameEn'>, lang: Locale) => localName(c, lang);

/**
 * Per cause: names and paper section, slider + number for the raw weight, normalised share with
 * its bar, regional severity; narrow enough (about 620 px) to sit beside the live ranking. The moving numbers reach their cells through LiveWeightsContext; the table
 * re-renders only when a cause's names or texts change (see live-weights.tsx).
 */
export function WeightsTable({ causes, ...rest }: Props) {
  const live = useMemo(() => liveWeightsOf(causes), [causes]);
  // Keyed on content: a new causes array with the same names and texts keeps the same rows.
  const rowsKey = JSON.stringify(causes.map(({ weight: _w, ...row }) => row));
  const rows = useMemo<Row[]>(() => JSON.parse(rowsKey) as Row[], [rowsKey]);
  return (
    <LiveWeightsContext.Provider value={live}>
      <StaticWeightsTable rows={rows} {...rest} />
    </LiveWeightsContext.Provider>
  );
}

const StaticWeightsTable = memo(function StaticWeightsTable({
  rows,
  regionCode,
  lang,
  severity,
  onWeightChange,
}: Omit<Props, 'causes'> & { rows: Row[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      {
        title: t('weights.cause'),
        key: 'name',
        render: (_, c) => (
          <div>
            <Typography.Text strong>
              {c.id} · {causeName(c, lang)}
            </Typography.Text>
            <div className="trp-secondary">
              {localName(c, otherLocale(lang))}
              <span className="trp-nowrap">
                {' · '}
                <span className="trp-sr-only">{t('weights.section')} </span>
                {c.paperSection}
              </span>
            </div>
          </div>
        ),
      },
      {
        title: t('weights.weight'),
        key: 'weight',
        width: 210,
        render: (_, c) => (
          <LiveWeightControl
            causeId={c.id}
            name={causeName(c, lang)}
            onWeightChange={onWeightChange}
          />
        ),
      },
      {
        title: t('weights.share'),
        key: 'share',
        width: 96,
        align: 'right',
        // The bar under the number: one column, so the table fits beside the live ranking.
        render: (_, c) => (
          <>
            <LiveShare causeId={c.id} lang={lang} />
            <LiveShareBar causeId={c.id} />
          </>
        ),
      },
      {
        title: t('weightsSeverity.column'),
        key: 'severity',
        width: 150,
        className: 'trp-weights-severity',
        render: (_, c) => (
          <CauseSeverityCell
            causeName={`${c.id} ${causeName(c, lang)}`}
            row={severity.byCause.get(c.id)}
            regionCode={regionCode}
            lang={lang}
            regionName={severity.regionName}
          />
        ),
      },
    ],
    [t, lang, severity, regionCode, onWeightChange],
  );

  return (
    // Below its natural width (200% zoom) the table scrolls in this frame and the cause names stay
    // readable. A plain overflow frame, not antd's scroll.x: that re-measures the table's scroll
    // width after every data change, a forced layout on each slider step.
    <div className="trp-scroll-frame" data-testid="weights-table-frame">
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        style={{ minWidth: 620 }}
        // Fixed layout: a share changing from "9.1%" to "36.4%" on a slider step does not make
        // the browser re-measure every column of the table.
        tableLayout="fixed"
        onRow={(c) => ({ 'data-testid': `cause-row-${c.id}` }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          columnTitle: <span className="trp-sr-only">{t('weights.showText')}</span>,
          expandedRowRender: (c) => {
            const sev = severity.byCause.get(c.id);
            return (
              <>
                <Typography.Paragraph style={{ margin: 0, maxWidth: 900 }}>
                  {localText(c, lang)}
                  <br />
                  <span className="trp-secondary">{localText(c, otherLocale(lang))}</span>
                </Typography.Paragraph>
                {sev && (
                  <div
                    style={{ marginTop: space.xs }}
                    data-testid={`weight-severity-detail-${c.id}`}
                  >
                    <Typography.Text strong style={{ fontSize: 12 }}>
                      {t('weightsSeverity.column')} · {severity.regionName(regionCode)}
                    </Typography.Text>
                    <ul style={{ margin: 0, paddingInlineStart: space.md, fontSize: 12 }}>
                      {severityIndicatorLines(t, lang, sev).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            );
          },
          expandIcon: ({ expanded, onExpand, record }) => (
            <button
              type="button"
              aria-expanded={expanded}
              aria-label={`${t('weights.showText')}: ${causeName(record, lang)}`}
              onClick={(e) => onExpand(record, e)}
              style={{
                border: `1px solid ${token.colorBorder}`,
                background: token.colorBgContainer,
                borderRadius: 4,
                width: 20,
                height: 20,
                padding: 0,
                cursor: 'pointer',
              }}
            >
              {expanded ? '−' : '+'}
            </button>
          ),
        }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>{t('weights.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={2}>
              <LiveTotal lang={lang} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <LiveTotalShare lang={lang} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
    </div>
  );
});
