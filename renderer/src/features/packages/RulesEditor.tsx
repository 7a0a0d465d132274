import { DeleteOutlined } from '@ant-design/icons';
import { Button, Select, theme, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Constraints } from '../../../../contract/domain';
import { space } from '../../app/spacing';

type Kind = 'requires' | 'excludes';

interface Props {
  constraints: Constraints;
  measureName(id: string): string;
  options: { value: string; label: string }[];
  busy: boolean;
  /** The constraints with one rule added or removed; resolves true once stored. */
  onChange(next: Constraints): Promise<boolean>;
}

/** "A requires B" / "A excludes B" rules: one row each with a remove button, and a row to add one. */
export function RulesEditor({ constraints: c, measureName, options, busy, onChange }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const ids = useId();
  const [kind, setKind] = useState<Kind>('requires');
  const [a, setA] = useState<string | undefined>();
  const [b, setB] = useState<string | undefined>();
  const rules = [
    ...c.requires.map((pair, index) => ({ kind: 'requires' as const, pair, index })),
    ...c.excludes.map((pair, index) => ({ kind: 'excludes' as const, pair, index })),
  ];
  const text = (k: Kind, [x, y]: readonly [string, string]) =>
    t(`constraints.rule_${k}`, { a: measureName(x), b: measureName(y) });

  const measureSelect = (side: 'A' | 'B', value: string | undefined, set: (id: string) => void) => (
    <Select<string>
      aria-label={t(`constraints.rule${side}`)}
      placeholder={t(`constraints.rule${side}`)}
      data-testid={`rule-${side.toLowerCase()}`}
      style={{ minWidth: 180, flex: '1 1 180px', maxWidth: 320 }}
      value={value}
      onChange={set}
      options={options}
      disabled={busy}
    />
  );

  const remove = (k: Kind, index: number) =>
    void onChange({ ...c, [k]: c[k].filter((_, i) => i !== index) });
  // The chosen pair stays when the rule is refused, so the planner can correct it.
  const add = async () => {
    if (a === undefined || b === undefined) return;
    if (await onChange({ ...c, [kind]: [...c[kind], [a, b]] })) {
      setA(undefined);
      setB(undefined);
    }
  };

  return (
    <div style={{ marginTop: token.marginXS }} role="group" aria-labelledby={`${ids}-rules`}>
      <div id={`${ids}-rules`}>{t('constraints.rules')}</div>
      {rules.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('constraints.noRules')}
        </Typography.Text>
      ) : (
        <ul style={{ margin: `${space.xxs}px 0`, paddingInlineStart: 0, listStyle: 'none' }}>
          {rules.map((r) => (
            <li
              key={`${r.kind}-${r.index}`}
              data-testid={`rule-${r.kind}-${r.index}`}
              style={{ display: 'flex', alignItems: 'center', gap: space.xxs }}
            >
              <span>{text(r.kind, r.pair)}</span>
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                disabled={busy}
                aria-label={t('constraints.removeRule', { rule: text(r.kind, r.pair) })}
                onClick={() => remove(r.kind, r.index)}
              />
            </li>
          ))}
        </ul>
      )}
      <div
        style={{
          display: 'flex',
          gap: space.xs,
          flexWrap: 'wrap',
          alignItems: 'center',
          marginTop: space.xxs,
        }}
      >
        {measureSelect('A', a, setA)}
        <Select<Kind>
          aria-label={t('constraints.ruleKind')}
          data-testid="rule-kind"
          style={{ width: 110 }}
          value={kind}
          onChange={setKind}
          disabled={busy}
          options={[
            { value: 'requires', label: t('constraints.kind_requires') },
            { value: 'excludes', label: t('constraints.kind_excludes') },
          ]}
        />
        {measureSelect('B', b, setB)}
        <Button
          onClick={() => void add()}
          disabled={busy || a === undefined || b === undefined}
          data-testid="rule-add"
        >
          {t('constraints.addRule')}
        </Button>
      </div>
    </div>
  );
}
