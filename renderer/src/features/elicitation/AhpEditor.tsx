import { WarningOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../electron/contract/domain';
import { computeAhp, type AhpResult } from '../../../../engine/weights';
import { choiceIndex, pairs, SAATY_CHOICES, setJudgement, type Matrix } from './ahp-model';

interface Props {
  causes: readonly Cause[];
  lang: Locale;
  matrix: Matrix;
  onChange(m: Matrix): void;
}

interface Row {
  key: string;
  i: number;
  j: number;
}

/**
 * The pairwise editor as a list of the 28 pairs (one labelled select each) rather than an 8×8
 * grid: it reads in order with a screen reader and fits 1366 px. CR is recomputed on every change.
 */
export function AhpEditor({ causes, lang, matrix, onChange }: Props) {
  const { t } = useTranslation();
  const name = (c: Cause | undefined) => (c ? (lang === 'zh' ? c.nameZh : c.nameEn) : '');
  const result: AhpResult | null = useMemo(() => {
    try {
      return computeAhp(matrix);
    } catch {
      return null;
    }
  }, [matrix]);

  /** "A: strongly more important" / "Equal importance" / "B: …" for a value of a_ij. */
  const describe = (i: number, j: number, v: number): string => {
    if (Math.abs(Math.log(v)) < 1e-9) return t('elicitation.ahp.equal');
    const [who, k] = v > 1 ? [causes[i], v] : [causes[j], 1 / v];
    const word = t(`elicitation.ahp.words.${Math.round(k)}`);
    return t('elicitation.ahp.more', { name: name(who), word });
  };
  const flagged = new Map((result?.details ?? []).map((d) => [`${d.i}-${d.j}`, d]));
  const inconsistent = new Set((result?.inconsistent ?? []).map(([i, j]) => `${i}-${j}`));

  const options = (i: number, j: number) =>
    SAATY_CHOICES.map((v, k) => ({ value: k, label: `${describe(i, j, v)} (${fmt(v)})` }));

  const columns: TableColumnsType<Row> = [
    {
      title: t('elicitation.ahp.pair'),
      key: 'pair',
      width: 260,
      render: (_, r) => (
        <span>
          {causes[r.i]?.id} {name(causes[r.i])} — {causes[r.j]?.id} {name(causes[r.j])}
        </span>
      ),
    },
    {
      title: t('elicitation.ahp.judgement'),
      key: 'judgement',
      render: (_, r) => {
        const issue = inconsistent.has(r.key) ? flagged.get(r.key) : undefined;
        return (
          <div>
            <Select
              virtual={false}
              style={{ width: '100%', maxWidth: 720 }}
              value={choiceIndex(matrix[r.i]?.[r.j] ?? null)}
              options={options(r.i, r.j)}
              onChange={(k: number) => onChange(setJudgement(matrix, r.i, r.j, SAATY_CHOICES[k]!))}
              aria-label={t('elicitation.ahp.judgementLabel', {
                a: name(causes[r.i]),
                b: name(causes[r.j]),
              })}
              data-testid={`ahp-${r.i}-${r.j}`}
            />
            {issue && (
              <div style={{ marginTop: 4 }} data-testid={`ahp-flag-${r.i}-${r.j}`}>
                <Tag color="warning" icon={<WarningOutlined />}>
                  {t('elicitation.ahp.flagged')}
                </Tag>
                <Typography.Text>
                  {t('elicitation.ahp.suggestion', {
                    text: `${describe(r.i, r.j, issue.suggested)} (${fmt(issue.suggested)})`,
                  })}
                </Typography.Text>{' '}
                <Button
                  size="small"
                  onClick={() => onChange(setJudgement(matrix, r.i, r.j, issue.suggested))}
                  data-testid={`ahp-suggest-${r.i}-${r.j}`}
                >
                  {t('elicitation.ahp.applySuggestion')}
                </Button>
              </div>
            )}
          </div>
        );
      },
    },
  ];

  const rows: Row[] = pairs(causes.length).map(([i, j]) => ({ key: `${i}-${j}`, i, j }));
  return (
    <div>
      <Typography.Paragraph>{t('elicitation.ahp.hint')}</Typography.Paragraph>
      {result && (
        <Alert
          style={{ marginBottom: 12 }}
          type={result.isConsistent ? 'success' : 'warning'}
          showIcon
          icon={result.isConsistent ? <CheckCircleOutlined /> : <WarningOutlined />}
          title={
            <span data-testid="ahp-cr" data-cr={result.cr.toFixed(4)}>
              {t('elicitation.ahp.cr', { cr: result.cr.toFixed(3) })}
            </span>
          }
          description={result.isConsistent ? t('elicitation.ahp.crOk') : t('elicitation.ahp.crBad')}
        />
      )}
      <Table<Row> size="small" columns={columns} dataSource={rows} pagination={false} />
    </div>
  );
}

/** 3 → "3", 1/3 → "1/3": how Saaty values are written. */
function fmt(v: number): string {
  return v >= 1 ? String(Math.round(v)) : `1/${Math.round(1 / v)}`;
}
