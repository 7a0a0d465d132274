import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Tile, TileMapModel } from '../../../../engine/maps';

interface Props {
  model: TileMapModel;
  caption: string;
  formatValue(value: number): string;
  provinceName(code: string | null): string;
  selected: string | null;
  onSelect(code: string): void;
}

/** The map as a table: the same regions, values and classes, for reading or a screen reader. */
export function MapTable({ model, caption, formatValue, provinceName, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const bounds = model.breaks?.bounds ?? [];
  const k = bounds.length - 1;
  const columns: ColumnsType<Tile> = [
    {
      title: t('maps.table.region'),
      key: 'region',
      render: (_: unknown, tile) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, fontWeight: tile.code === selected ? 700 : 400 }}
          aria-pressed={tile.code === selected}
          data-testid={`map-row-${tile.code}`}
          onClick={() => onSelect(tile.code)}
        >
          {tile.name}
        </Button>
      ),
    },
    ...(model.scale === 'cities'
      ? [
          {
            title: t('maps.table.province'),
            key: 'province',
            render: (_: unknown, tile: Tile) => provinceName(tile.group),
          },
        ]
      : []),
    {
      title: t('maps.table.value'),
      key: 'value',
      align: 'right',
      sorter: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
      render: (_: unknown, tile) =>
        tile.value === null ? (
          <span className="trp-secondary">{t('maps.missing')}</span>
        ) : (
          formatValue(tile.value)
        ),
    },
    {
      title: t('maps.table.class'),
      key: 'class',
      render: (_: unknown, tile) =>
        tile.cls === null
          ? '—'
          : `${t('maps.classOf', { n: tile.cls + 1, k })} (${formatValue(bounds[tile.cls]!)} – ${formatValue(bounds[tile.cls + 1]!)})`,
    },
  ];
  return (
    <Table<Tile>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={model.tiles}
      pagination={false}
      scroll={{ y: 460 }}
      aria-label={caption}
      data-testid="map-table"
    />
  );
}
