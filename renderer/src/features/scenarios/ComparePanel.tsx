import { Alert, Card, Col, Row, Table, theme, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale, Measure } from '../../../../contract/domain';
import type { CompareResult } from '../../../../contract/scenario';
import { formatNumber, localUnit } from '../../format/number';
import { changeLabel, phraseValue } from '../history/change-text';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  result: CompareResult;
  measures: Measure[];
  lang: Locale;
}

type Diff = CompareResult['differences'][number];

/** Enough for the frame, the weights and their settings on one page; impact cells page on. */
const DIFFERENCES_PER_PAGE = 25;
type Tau = CompareResult['tau'][number];

/** |τ| bands for the plain-language reading; 0.7 / 0.3 are the usual "strong / weak" cut-offs. */
export function tauMeaning(t: TFunction, lang: Locale, tau: number | null): string {
  if (tau === null) return t('compare.tauNone');
  const shown = formatNumber(lang, tau, 2);
  if (tau >= 0.7) return t('compare.tauHigh', { tau: shown });
  if (tau >= 0.3) return t('compare.tauMid', { tau: shown });
  return t('compare.tauLow', { tau: shown });
}

/** Best package, top five, ranking agreement and the inputs that differ, for 2–4 scenarios. */
export function ComparePanel({ result, measures, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const measureName = (id: string) => {
    const m = measures.find((x) => x.id === id);
    return m ? `${id} ${localName(m, lang)}` : id;
  };
  const pkg = (ids: string[]) => ids.map(measureName).join(' + ') || '—';
  const unit = localUnit(measures[0]?.costUnit ?? '', lang);
  const nameOf = (id: number) => result.scenarios.find((s) => s.id === id)?.name ?? String(id);

  const bests = result.scenarios.map((s) => pkg(s.top[0]?.measures ?? []));
  const sameBest = new Set(bests).size === 1;

  const tauColumns: TableColumnsType<Tau> = [
    {
      title: t('compare.pair'),
      key: 'pair',
      width: 240,
      render: (_, r) => `${nameOf(r.a)} ↔ ${nameOf(r.b)}`,
    },
    {
      title: t('compare.tau'),
      key: 'tau',
      width: 70,
      render: (_, r) => (r.tau === null ? '—' : formatNumber(lang, r.tau, 2)),
    },
    { title: t('compare.common'), dataIndex: 'common', key: 'common', width: 120 },
    {
      title: t('compare.meaning'),
      key: 'meaning',
      render: (_, r) => tauMeaning(t, lang, r.tau),
    },
  ];

  const diffColumns: TableColumnsType<Diff> = [
    {
      title: t('compare.key'),
      key: 'item',
      width: 280,
      render: (_, d) => changeLabel(t, lang, d),
    },
    ...result.scenarios.map((s, i) => ({
      title: s.name,
      key: `s${s.id}`,
      render: (_: unknown, d: Diff) => phraseValue(t, lang, d.field, d.values[i] ?? null),
    })),
  ];

  return (
    <section aria-labelledby="trp-compare-title" data-testid="compare-panel">
      <Typography.Title level={3} id="trp-compare-title" style={{ fontSize: 16 }}>
        {t('compare.title')}
      </Typography.Title>
      <Alert
        type={sameBest ? 'success' : 'warning'}
        showIcon
        data-testid="compare-summary"
        title={
          sameBest ? t('compare.sameBest', { pkg: bests[0] ?? '—' }) : t('compare.differentBest')
        }
        style={{ marginBottom: token.marginSM }}
      />
      <Row gutter={[12, 12]}>
        {result.scenarios.map((s) => (
          <Col key={s.id} span={24 / result.scenarios.length}>
            <Card
              size="small"
              title={s.name}
              data-testid={`compare-card-${s.id}`}
              extra={t('compare.feasible', { n: s.feasibleCount })}
            >
              <Typography.Text type="secondary">{t('compare.best')}</Typography.Text>
              <div
                style={{ fontWeight: 600, marginBottom: space.xs }}
                data-testid={`compare-best-${s.id}`}
              >
                {pkg(s.top[0]?.measures ?? [])}
              </div>
              <Typography.Text type="secondary">{t('compare.top')}</Typography.Text>
              <ol style={{ margin: `${space.xxs}px 0 0`, paddingInlineStart: space.md }}>
                {s.top.map((p, i) => (
                  <li key={i}>
                    <span>{pkg(p.measures)}</span>{' '}
                    <span className="trp-secondary">
                      {t('compare.value')} {formatNumber(lang, p.value, 3)} · {t('compare.cost')}{' '}
                      {formatNumber(lang, p.cost, 1)} {unit}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: space.md }}>
        {t('compare.agreement')}
      </Typography.Title>
      <Table<Tau>
        data-testid="compare-tau"
        size="small"
        pagination={false}
        rowKey={(r) => `${r.a}-${r.b}`}
        columns={tauColumns}
        dataSource={result.tau}
      />
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: space.md }}>
        {t('compare.differences')}
      </Typography.Title>
      {result.differences.length === 0 ? (
        <Typography.Paragraph>{t('compare.noDifferences')}</Typography.Paragraph>
      ) : (
        <Table<Diff>
          data-testid="compare-differences"
          size="small"
          rowKey={(d) => `${d.field}:${d.subject?.en ?? ''}`}
          columns={diffColumns}
          dataSource={result.differences}
          pagination={
            result.differences.length > DIFFERENCES_PER_PAGE
              ? { pageSize: DIFFERENCES_PER_PAGE, showSizeChanger: false }
              : false
          }
        />
      )}
    </section>
  );
}
