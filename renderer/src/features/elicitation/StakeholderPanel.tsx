import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Space, Table, theme, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import type { ElicitationState, StakeholderSetView } from '../../../../contract/elicitation';
import { formatNumber, formatPercent } from '../../format/number';
import { DisagreementChart } from './DisagreementChart';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  causes: readonly Cause[];
  lang: Locale;
  state: ElicitationState;
  busy: boolean;
  onSave(set: {
    id?: number;
    name: string;
    influence: number;
    weights: Record<string, number>;
  }): void;
  onDelete(id: number): void;
  onUseAggregate(): void;
}

/** Named stakeholder weight sets (editable in place), their aggregate and where they disagree. */
export function StakeholderPanel({
  causes,
  lang,
  state,
  busy,
  onSave,
  onDelete,
  onUseAggregate,
}: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const nextDefault = (): string => {
    const used = new Set(state.stakeholders.map((s) => s.name));
    for (let k = 0; k < 4; k++) {
      const n = t(`elicitation.stakeholders.defaults.${k}`);
      if (!used.has(n)) return n;
    }
    return '';
  };
  const [draft, setDraft] = useState('');
  const name0 = draft || nextDefault();
  const name = (c: Cause) => localName(c, lang);

  const columns: TableColumnsType<StakeholderSetView> = [
    {
      title: t('elicitation.stakeholders.name'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      width: 130,
    },
    {
      title: t('elicitation.stakeholders.influence'),
      key: 'influence',
      width: 90,
      render: (_, s) => (
        <InputNumber<number>
          min={0}
          max={1000}
          step={0.5}
          value={s.influence}
          aria-label={`${s.name} · ${t('elicitation.stakeholders.influence')}`}
          onChange={(v) => v !== null && onSave({ ...s, influence: v })}
          style={{ width: 72 }}
        />
      ),
    },
    ...causes.map((c) => ({
      title: c.id,
      key: c.id,
      width: 76,
      render: (_: unknown, s: StakeholderSetView) => (
        <InputNumber<number>
          min={0}
          max={100}
          step={1}
          value={s.weights[c.id] ?? 0}
          aria-label={`${s.name} · ${t('elicitation.stakeholders.weightOf', { name: name(c) })}`}
          onChange={(v) => v !== null && onSave({ ...s, weights: { ...s.weights, [c.id]: v } })}
          style={{ width: 64 }}
          data-testid={`sh-${s.name}-${c.id}`}
        />
      ),
    })),
    {
      title: '',
      key: 'delete',
      width: 48,
      render: (_, s) => (
        <Button
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('elicitation.stakeholders.remove', { name: s.name })}
          onClick={() => onDelete(s.id)}
        />
      ),
    },
  ];

  const aggregate = state.aggregate;
  // Disagreement needs two groups: with one, every spread is 0 and "largest disagreement 0.0
  // points" would be a statement about nothing.
  // Counted like the host's aggregate: a group with no influence or only zero weights says nothing.
  const usable = state.stakeholders.filter(
    (s) => s.influence > 0 && causes.some((c) => (s.weights[c.id] ?? 0) > 0),
  );
  const widest =
    usable.length >= 2 ? aggregate?.reduce((a, b) => (b.spread > a.spread ? b : a)) : null;
  const widestCause = causes.find((c) => c.id === widest?.causeId);

  return (
    <Card
      title={t('elicitation.stakeholders.title')}
      size="small"
      style={{ marginTop: token.margin }}
    >
      <Typography.Paragraph>{t('elicitation.stakeholders.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: token.marginSM }}>
        <Input
          aria-label={t('elicitation.stakeholders.name')}
          value={name0}
          maxLength={100}
          onChange={(e) => setDraft(e.target.value)}
          style={{ width: 220 }}
          data-testid="sh-name"
        />
        <Button
          disabled={busy || name0.trim() === ''}
          onClick={() => {
            // New sets start from equal weights: a neutral point the group then edits.
            onSave({
              name: name0.trim(),
              influence: 1,
              weights: Object.fromEntries(causes.map((c) => [c.id, 10])),
            });
            setDraft('');
          }}
          data-testid="sh-add"
        >
          {t('elicitation.stakeholders.add')}
        </Button>
      </Space>
      {state.stakeholders.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('elicitation.stakeholders.empty')}
        </Typography.Paragraph>
      ) : (
        <Table<StakeholderSetView>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={state.stakeholders}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
      {usable.length === 1 && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: token.marginSM }}
          data-testid="sh-single"
        >
          {t('elicitation.stakeholders.single', { name: usable[0]?.name ?? '' })}
        </Typography.Paragraph>
      )}
      {aggregate && (
        <div style={{ marginTop: token.margin }}>
          {widest && widestCause && (
            <>
              <Typography.Paragraph strong data-testid="sh-biggest">
                {t('elicitation.stakeholders.biggest', {
                  name: name(widestCause),
                  spread: formatNumber(lang, widest.spread * 100, 1),
                })}
              </Typography.Paragraph>
              <DisagreementChart causes={causes} lang={lang} rows={aggregate} />
            </>
          )}
          <Button
            type="primary"
            disabled={busy}
            onClick={onUseAggregate}
            data-testid="sh-use-aggregate"
          >
            {t('elicitation.stakeholders.useAggregate')}
          </Button>
          <span className="trp-secondary" style={{ marginLeft: space.xs }}>
            {aggregate.map((a) => `${a.causeId} ${formatPercent(lang, a.aggregate)}`).join(' · ')}
          </span>
        </div>
      )}
    </Card>
  );
}
