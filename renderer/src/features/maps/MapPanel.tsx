import { Alert, Col, Row, Segmented, Select, Space, Spin, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Region } from '../../../../contract/domain';
import type { IndicatorSummary } from '../../../../contract/evidence';
import { tileMapModel, type MapScale, type Tile, CITY_LAYOUT } from '../../../../engine/maps';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatNumber } from '../../format/number';
import { useObservations } from '../evidence/use-evidence';
import { defaultMapYear, mapRegions, mapYears, valueDigits, valuesInYear } from './map-data';
import { GroupValuesTable } from './GroupValuesTable';
import { MapTable } from './MapTable';
import { RegionDetail } from './RegionDetail';
import { TileMap } from './TileMap';
import type { TileMapTexts } from '../../../../report-view/TileMapSvg';
import { localName, indicatorUnit } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  indicators: readonly IndicatorSummary[];
  regions: readonly Region[];
  lang: Locale;
  selected: string | null;
  onSelect(code: string): void;
}

/**
 * 地图 / Map: the 31 provinces (the Northeast framed) or the 36 cities of the Northeast as tiles
 * coloured by any indicator for a chosen year, as a map or as a table, with the selected region
 * beside it.
 */
export function MapPanel({ indicators, regions, lang, selected, onSelect }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [scale, setScale] = useState<MapScale>('provinces');
  const [indicator, setIndicator] = useState<string>('disposable_income');
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [view, setView] = useState<'map' | 'table'>('map');
  const code = indicators.some((i) => i.code === indicator)
    ? indicator
    : (indicators[0]?.code ?? null);
  const { data, error } = useObservations(code);

  const tileRegions = useMemo(() => mapRegions(regions, scale, lang), [regions, scale, lang]);
  const codes = useMemo(() => new Set(tileRegions.map((r) => r.code)), [tileRegions]);
  const years = useMemo(() => (data ? mapYears(data, codes) : []), [data, codes]);
  const year = years.some((y) => y.year === chosenYear) ? chosenYear : defaultMapYear(years);
  const northeast = useMemo(
    () => new Set(regions.filter((r) => r.kind === 'province' && r.isNortheast).map((r) => r.code)),
    [regions],
  );
  const model = useMemo(
    () =>
      tileMapModel(
        scale,
        tileRegions,
        data ? valuesInYear(data, year, codes) : new Map(),
        scale === 'provinces' ? northeast : new Set(),
      ),
    [scale, tileRegions, data, year, codes, northeast],
  );

  if (error) return <ErrorAlert error={error} />;
  if (!data || !code) return <Spin description={t('app.loading')} />;
  const ind = data.indicator;
  const name = localName(ind, lang);
  const unit = indicatorUnit(ind, lang);
  const digits = valueDigits(data);
  const format = (v: number) => formatNumber(lang, v, digits);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const regionName = (c: string | null) => {
    const r = c ? byCode.get(c) : undefined;
    return r ? localName(r, lang) : '';
  };
  const k = (model.breaks?.bounds.length ?? 1) - 1;
  const texts: TileMapTexts = {
    title: t('maps.mapLabel', { scale: t(`maps.scales.${scale}`), name, year: year ?? '—' }),
    missing: t('maps.missing'),
    legendMissing: t('maps.legendMissing'),
    ...(scale === 'provinces' ? { legendHighlight: t('maps.legendHighlight') } : {}),
    ...(scale === 'cities' ? { legendBorders: t('maps.legendBorders') } : {}),
    formatValue: format,
    describe: (tile: Tile) => {
      const where =
        tile.group === null
          ? tile.name
          : t('maps.tileProvince', { name: tile.name, province: regionName(tile.group) });
      return tile.value === null
        ? where
        : `${where}, ${unit}, ${t('maps.classOf', { n: (tile.cls ?? 0) + 1, k })}`;
    },
  };
  const labels =
    scale === 'cities'
      ? CITY_LAYOUT.labels.map((l) => ({ row: l.row, col: l.col, text: regionName(l.code) }))
      : [];

  return (
    <Row gutter={16} wrap={false} data-testid="map-panel">
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Space wrap style={{ marginBottom: token.marginXS }}>
          <span id="map-scale-label">{t('maps.scale')}</span>
          <Segmented
            aria-labelledby="map-scale-label"
            data-testid="map-scale"
            value={scale}
            onChange={(v) => setScale(v as MapScale)}
            options={[
              { value: 'provinces', label: t('maps.scales.provinces') },
              { value: 'cities', label: t('maps.scales.cities') },
            ]}
          />
          <span id="map-indicator-label">{t('maps.indicator')}</span>
          <Select
            aria-labelledby="map-indicator-label"
            data-testid="map-indicator"
            style={{ minWidth: 260 }}
            value={code}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v: string) => {
              setIndicator(v);
              setChosenYear(null);
            }}
            options={indicators.map((i) => ({
              value: i.code,
              label: localName(i, lang),
            }))}
          />
          {years.length > 0 && (
            <>
              <span id="map-year-label">{t('maps.year')}</span>
              <Select
                aria-labelledby="map-year-label"
                data-testid="map-year"
                value={year}
                onChange={(v: number) => setChosenYear(v)}
                options={years.map((y) => ({ value: y.year, label: String(y.year) }))}
              />
            </>
          )}
          <span id="map-view-label">{t('maps.view')}</span>
          <Segmented
            aria-labelledby="map-view-label"
            data-testid="map-view"
            value={view}
            onChange={(v) => setView(v as 'map' | 'table')}
            options={[
              { value: 'map', label: t('maps.views.map') },
              { value: 'table', label: t('maps.views.table') },
            ]}
          />
        </Space>
        <Typography.Title
          level={5}
          style={{ margin: `0 0 ${space.xxs}px` }}
          data-testid="map-title"
        >
          {t('maps.title', { name, unit, year: year ?? '—' })}
        </Typography.Title>
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: `0 0 ${space.xs}px` }}
        >
          {t(ind.direction === 1 ? 'maps.direction.up' : 'maps.direction.down')} · {t('maps.help')}
        </Typography.Paragraph>
        {years.length === 0 && (
          <Alert
            type="info"
            style={{ marginBottom: token.marginXS }}
            title={scale === 'cities' ? t('maps.noCityData') : t('maps.noYear')}
          />
        )}
        {view === 'map' ? (
          <TileMap
            model={model}
            texts={texts}
            idPrefix={`map-${scale}`}
            labels={labels}
            selected={selected}
            onSelect={onSelect}
          />
        ) : (
          <MapTable
            model={model}
            caption={t('maps.table.label', { name })}
            formatValue={format}
            provinceName={regionName}
            selected={selected}
            onSelect={onSelect}
          />
        )}
        {scale === 'cities' && (
          <GroupValuesTable
            indicator={code}
            indicatorName={name}
            year={year}
            regions={regions}
            lang={lang}
            formatValue={format}
          />
        )}
      </Col>
      <Col flex="300px">
        <RegionDetail
          code={selected}
          regions={regions}
          indicators={indicators}
          lang={lang}
          indicator={data}
          year={year}
          formatValue={format}
        />
      </Col>
    </Row>
  );
}
