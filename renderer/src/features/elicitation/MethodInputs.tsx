import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, List, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

const causeName = (c: Cause | undefined, lang: Locale) => (c ? localName(c, lang) : '');

/** Moves one element of a list one place (pure; the ranking editor's only edit). */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

interface RankingProps {
  causes: readonly Cause[];
  lang: Locale;
  order: readonly string[];
  onChange(order: string[]): void;
}

/** ROC ranking with up/down buttons: keyboard-operable, unlike drag and drop. */
export function RankingEditor({ causes, lang, order, onChange }: RankingProps) {
  const { t } = useTranslation();
  const byId = new Map(causes.map((c) => [c.id, c]));
  return (
    <div>
      <Typography.Paragraph>{t('elicitation.roc.hint')}</Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={[...order]}
        renderItem={(id, k) => {
          const name = causeName(byId.get(id), lang);
          return (
            <List.Item data-testid={`roc-item-${k}`}>
              <span>
                <Typography.Text strong>
                  {t('elicitation.roc.rank', { rank: k + 1 })}
                </Typography.Text>{' '}
                {id} · {name}
              </span>
              <span>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={k === 0}
                  aria-label={t('elicitation.roc.up', { name })}
                  onClick={() => onChange(move(order, k, -1))}
                />{' '}
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={k === order.length - 1}
                  aria-label={t('elicitation.roc.down', { name })}
                  onClick={() => onChange(move(order, k, 1))}
                />
              </span>
            </List.Item>
          );
        }}
      />
    </div>
  );
}

interface SwingProps {
  causes: readonly Cause[];
  lang: Locale;
  points: Record<string, number>;
  onChange(points: Record<string, number>): void;
}

export function SwingEditor({ causes, lang, points, onChange }: SwingProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const hasAnchor = causes.some((c) => (points[c.id] ?? 0) === 100);
  return (
    <div>
      <Typography.Paragraph>{t('elicitation.swing.hint')}</Typography.Paragraph>
      {!hasAnchor && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: token.marginXS }}
          title={t('elicitation.swing.noAnchor')}
        />
      )}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) 120px',
          gap: space.xs,
          maxWidth: 560,
        }}
      >
        {causes.map((c) => {
          const name = causeName(c, lang);
          return (
            <label key={c.id} style={{ display: 'contents' }}>
              <span>
                {c.id} · {name}
              </span>
              <InputNumber<number>
                min={0}
                max={100}
                step={5}
                value={points[c.id] ?? 0}
                aria-label={t('elicitation.swing.points', { name })}
                onChange={(v) => onChange({ ...points, [c.id]: v ?? 0 })}
                data-testid={`swing-${c.id}`}
              />
            </label>
          );
        })}
      </div>
    </div>
  );
}
