import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Radio, Table, Tabs, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import type { AhpGroupView } from '../../../../contract/elicitation';
import type { JudgedResult } from '../../../../engine/weights';
import { formatPercent } from '../../format/number';
import { localName } from '../../i18n/localized';
import { AhpEditor } from './AhpEditor';
import { addJudge, removeJudge, updateJudge } from './ahp-variants-model';
import { space } from '../../app/spacing';

interface Props {
  causes: readonly Cause[];
  lang: Locale;
  group: AhpGroupView;
  result: JudgedResult | null;
  onChange(g: AhpGroupView): void;
}

/** Group AHP: the aggregation, one tab per judge (name, weight, matrix), and the group result. */
export function AhpGroupEditor({ causes, lang, group: g, result, onChange }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const shown = Math.min(active, g.judges.length - 1);
  return (
    <div data-testid="group-editor">
      <Typography.Paragraph>{t('elicitation.group.hint')}</Typography.Paragraph>
      <div style={{ marginBottom: token.marginSM }}>
        <span id="group-aggregation-label">{t('elicitation.group.aggregation')}: </span>
        <Radio.Group
          aria-labelledby="group-aggregation-label"
          value={g.aggregation}
          onChange={(e) =>
            onChange({ ...g, aggregation: e.target.value as AhpGroupView['aggregation'] })
          }
          options={(['aij', 'aip'] as const).map((a) => ({
            value: a,
            label: t(`elicitation.group.${a}`),
          }))}
          data-testid="group-aggregation"
        />
      </div>
      {g.judges.some((j) => j.name.trim() === '') && (
        <Alert type="error" showIcon title={t('elicitation.group.blankName')} />
      )}
      {/* Outside the tab list: a tablist may hold only tabs (WAI-ARIA). */}
      <Button
        icon={<PlusOutlined />}
        onClick={() => {
          onChange(addJudge(g, t('elicitation.group.newJudge', { n: g.judges.length + 1 })));
          // The new judge's matrix is what the planner fills in next.
          setActive(g.judges.length);
        }}
        data-testid="judge-add"
      >
        {t('elicitation.group.addJudge')}
      </Button>
      <Tabs
        activeKey={String(shown)}
        onChange={(k) => setActive(Number(k))}
        data-testid="group-judges"
        items={g.judges.map((j, k) => ({
          key: String(k),
          label: <span data-testid={`judge-tab-${k}`}>{j.name || '—'}</span>,
          children: (
            <div>
              <div
                style={{
                  display: 'flex',
                  gap: space.xs,
                  alignItems: 'center',
                  marginBottom: space.xs,
                }}
              >
                <Input
                  style={{ maxWidth: 280 }}
                  value={j.name}
                  maxLength={80}
                  status={j.name.trim() === '' ? 'error' : undefined}
                  aria-label={t('elicitation.group.judgeName', { n: k + 1 })}
                  onChange={(e) => onChange(updateJudge(g, k, { name: e.target.value }))}
                  data-testid={`judge-name-${k}`}
                />
                <label>
                  {t('elicitation.group.weightLabel')}{' '}
                  <InputNumber<number>
                    min={0.1}
                    max={1000}
                    step={0.5}
                    value={j.weight}
                    aria-label={t('elicitation.group.judgeWeight', { name: j.name })}
                    onChange={(v) => v !== null && onChange(updateJudge(g, k, { weight: v }))}
                    data-testid={`judge-weight-${k}`}
                  />
                </label>
                <Button
                  icon={<DeleteOutlined />}
                  disabled={g.judges.length <= 1}
                  aria-label={t('elicitation.group.removeJudge', { name: j.name })}
                  onClick={() => onChange(removeJudge(g, k))}
                  data-testid={`judge-remove-${k}`}
                />
              </div>
              <AhpEditor
                causes={causes}
                lang={lang}
                matrix={j.matrix}
                result={result?.judges[k] ?? null}
                onChange={(m) => onChange(updateJudge(g, k, { matrix: m }))}
                idPrefix={`judge${k}`}
                hint={null}
                caption={t('elicitation.group.caption', { name: j.name })}
              />
            </div>
          ),
        }))}
      />
      {result && <GroupResult causes={causes} lang={lang} group={g} result={result} />}
    </div>
  );
}

type Row = { key: string; name: string; cr: number | null } & Record<string, unknown>;

function GroupResult({
  causes,
  lang,
  group: g,
  result,
}: {
  causes: readonly Cause[];
  lang: Locale;
  group: AhpGroupView;
  result: JudgedResult;
}) {
  const { t } = useTranslation();
  const rows: Row[] = [
    {
      key: 'group',
      name: t('elicitation.group.group'),
      cr: result.group?.cr ?? null,
      ...Object.fromEntries(causes.map((c) => [c.id, result.weights[c.id] ?? 0])),
    },
    ...result.judges.map((a, k) => ({
      key: `judge${k}`,
      name: g.judges[k]?.name ?? '',
      cr: a.cr,
      ...Object.fromEntries(causes.map((c, i) => [c.id, a.weights[i] ?? 0])),
    })),
  ];
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: space.md }}>
        {t('elicitation.group.resultTitle')}
      </Typography.Title>
      <Typography.Paragraph data-testid="group-cr">
        {result.group
          ? t('elicitation.group.groupCr', { cr: result.group.cr.toFixed(3) })
          : t('elicitation.group.aipCr')}
      </Typography.Paragraph>
      <div className="trp-scroll-frame">
        <Table<Row>
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="group-weights"
          aria-label={t('elicitation.group.judgeTable')}
          columns={[
            { title: t('elicitation.group.judges'), dataIndex: 'name' },
            ...causes.map((c) => ({
              title: <span title={localName(c, lang)}>{c.id}</span>,
              dataIndex: c.id,
              align: 'right' as const,
              render: (v: number) => formatPercent(lang, v),
            })),
            {
              title: 'CR',
              dataIndex: 'cr',
              align: 'right' as const,
              render: (v: number | null) => (v === null ? '—' : v.toFixed(3)),
            },
          ]}
        />
      </div>
    </>
  );
}
