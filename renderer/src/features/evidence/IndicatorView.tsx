import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Tag, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { downloadFile } from './download-file';
import { defaultRankingYear, provinceYears } from './evidence-model';
import { GapChart } from './GapChart';
import { IndicatorTable } from './IndicatorTable';
import { RankingChart } from './RankingChart';
import { useObservations } from './use-evidence';
import { localName, indicatorUnit } from '../../i18n/localized';

interface Props {
  code: string;
  regions: readonly Region[];
  lang: Locale;
}

/** One indicator: heading with unit and direction, ranking and gap charts, the table, export. */
export function IndicatorView({ code, regions, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { data, error } = useObservations(code);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // Another indicator has other years: start again from its default ranking year.
  useEffect(() => setChosenYear(null), [code]);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Spin description={t('app.loading')} />;
  const ind = data.indicator;
  const years = provinceYears(data, regions);
  const year = years.some((y) => y.year === chosenYear)
    ? chosenYear
    : defaultRankingYear(data, regions);
  const provinces = years.find((y) => y.year === year)?.provinces ?? 0;

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExportError(null);
    try {
      const f = await call('evidence:export', { indicator: code, format });
      downloadFile(f.fileName, f.mimeType, f.bytesBase64);
    } catch (e) {
      setExportError(toApiError(e));
    }
  };

  return (
    <div data-testid="indicator-view" data-indicator={code}>
      <Space wrap style={{ marginBottom: token.marginXS }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {localName(ind, lang)}
        </Typography.Title>
        <Tag>{t('evidence.unitLabel', { unit: indicatorUnit(ind, lang) })}</Tag>
        <Tag>
          {ind.direction === 1
            ? `↑ ${t('evidence.direction.up')}`
            : `↓ ${t('evidence.direction.down')}`}
        </Tag>
        <Tag>{t('evidence.count', { count: ind.observations })}</Tag>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => void exportAs('csv')}
          data-testid="export-csv"
        >
          {t('evidence.exportCsv')}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => void exportAs('xlsx')}
          data-testid="export-xlsx"
        >
          {t('evidence.exportXlsx')}
        </Button>
      </Space>
      {exportError && <ErrorAlert error={exportError} />}
      {data.cells.length === 0 && <Alert type="info" title={t('evidence.noData')} />}
      {years.length > 1 && year !== null && (
        <Space style={{ marginBottom: token.marginXXS }}>
          <span id="ranking-year-label">{t('evidence.rankingYear')}</span>
          <Segmented
            aria-labelledby="ranking-year-label"
            data-testid="ranking-year"
            size="small"
            value={year}
            onChange={(v) => setChosenYear(Number(v))}
            options={years.map((y) => ({ value: y.year, label: String(y.year) }))}
          />
        </Space>
      )}
      {year !== null && provinces >= 3 && (
        <>
          <RankingChart result={data} regions={regions} year={year} lang={lang} />
          <GapChart result={data} regions={regions} year={year} lang={lang} />
        </>
      )}
      {data.cells.length > 0 && <IndicatorTable result={data} regions={regions} lang={lang} />}
    </div>
  );
}
