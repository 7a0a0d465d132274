import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import type { AhpHierarchyView } from '../../../../contract/elicitation';
import type { ThemedResult } from '../../../../engine/weights';
import { formatPercent } from '../../format/number';
import { localName } from '../../i18n/localized';
import { AhpEditor } from './AhpEditor';
import {
  addTheme,
  moveCause,
  removeTheme,
  renameTheme,
  setThemeMatrix,
  themeItems,
} from './ahp-variants-model';
import { space } from '../../app/spacing';

interface Props {
  causes: readonly Cause[];
  lang: Locale;
  hierarchy: AhpHierarchyView;
  result: ThemedResult | null;
  onChange(h: AhpHierarchyView): void;
}

/**
 * The AHP hierarchy: themes the planner names, each cause placed in one theme with a select
 * (keyboard-operable), the matrix among the themes and one within each theme, and the local and
 * global weights with every matrix's CR.
 */
export function AhpHierarchyEditor({ causes, lang, hierarchy: h, result, onChange }: Props) {
  const { t } = useTranslation();
  const byId = new Map(causes.map((c) => [c.id, c]));
  const causeName = (id: string) => {
    const c = byId.get(id);
    return c ? `${c.id} ${localName(c, lang)}` : id;
  };
  const themeOf = (id: string) => h.themes.findIndex((th) => th.causes.includes(id));
  const themeAhp = (k: number) => result?.themes[k]?.ahp ?? null;

  return (
    <div data-testid="hierarchy-editor">
      <Typography.Paragraph>{t('elicitation.hierarchy.hint')}</Typography.Paragraph>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('elicitation.hierarchy.themesTitle')}
      </Typography.Title>
      <div className="trp-hierarchy-themes">
        {h.themes.map((theme, k) => (
          <section
            key={k}
            className="trp-hierarchy-theme"
            aria-label={theme.name || t('elicitation.hierarchy.themeName', { n: k + 1 })}
            data-testid={`theme-${k}`}
          >
            <div style={{ display: 'flex', gap: space.xs, marginBottom: space.xs }}>
              <Input
                value={theme.name}
                maxLength={80}
                status={theme.name.trim() === '' ? 'error' : undefined}
                aria-label={t('elicitation.hierarchy.themeName', { n: k + 1 })}
                onChange={(e) => onChange(renameTheme(h, k, e.target.value))}
                data-testid={`theme-name-${k}`}
              />
              <Button
                icon={<DeleteOutlined />}
                disabled={theme.causes.length > 0 || h.themes.length <= 1}
                aria-label={t('elicitation.hierarchy.removeTheme', { name: theme.name })}
                onClick={() => onChange(removeTheme(h, k))}
              />
            </div>
            {theme.causes.length === 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('elicitation.hierarchy.emptyTheme', { name: theme.name })}
              />
            )}
            <ul className="trp-hierarchy-causes">
              {theme.causes.map((id) => (
                <li key={id}>
                  <span>{causeName(id)}</span>
                  <Select<number>
                    size="small"
                    virtual={false}
                    popupMatchSelectWidth={false}
                    value={themeOf(id)}
                    options={h.themes.map((th, j) => ({
                      value: j,
                      label: th.name || t('elicitation.hierarchy.themeName', { n: j + 1 }),
                    }))}
                    aria-label={t('elicitation.hierarchy.moveTo', { cause: causeName(id) })}
                    onChange={(to) => onChange(moveCause(h, id, to))}
                    data-testid={`move-${id}`}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <Button
        icon={<PlusOutlined />}
        style={{ margin: `${space.xs}px 0 ${space.md}px` }}
        onClick={() =>
          onChange(addTheme(h, t('elicitation.hierarchy.newTheme', { n: h.themes.length + 1 })))
        }
        data-testid="theme-add"
      >
        {t('elicitation.hierarchy.addTheme')}
      </Button>
      {h.themes.some((th) => th.name.trim() === '') && (
        <Alert type="error" showIcon title={t('elicitation.hierarchy.blankName')} />
      )}

      {h.themes.length > 1 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('elicitation.hierarchy.themesMatrix')}
          </Typography.Title>
          <AhpEditor
            causes={themeItems(h)}
            lang={lang}
            matrix={h.matrix}
            result={result?.themesAhp ?? null}
            onChange={(m) => onChange({ ...h, matrix: m })}
            idPrefix="hier-themes"
            hint={null}
            caption={t('elicitation.hierarchy.themesCaption')}
          />
        </>
      )}
      {h.themes.map((theme, k) =>
        theme.causes.length > 1 ? (
          <div key={k}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('elicitation.hierarchy.withinTheme', { name: theme.name })}
            </Typography.Title>
            <AhpEditor
              causes={theme.causes.map((id) => byId.get(id)!)}
              lang={lang}
              matrix={theme.matrix}
              result={themeAhp(k)}
              onChange={(m) => onChange(setThemeMatrix(h, k, m))}
              idPrefix={`hier-theme${k}`}
              hint={null}
              caption={t('elicitation.hierarchy.withinCaption', { name: theme.name })}
            />
          </div>
        ) : theme.causes.length === 1 ? (
          <Typography.Paragraph key={k} type="secondary">
            {t('elicitation.hierarchy.single', { name: theme.name })}
          </Typography.Paragraph>
        ) : null,
      )}
      {result && <HierarchyWeights causeName={causeName} lang={lang} result={result} />}
    </div>
  );
}

interface Row {
  key: string;
  theme: string;
  cause: string;
  local: number;
  global: number;
  cr: number | null;
}

function HierarchyWeights({
  causeName,
  lang,
  result,
}: {
  causeName(id: string): string;
  lang: Locale;
  result: ThemedResult;
}) {
  const { t } = useTranslation();
  const pct = (v: number) => formatPercent(lang, v);
  const rows: Row[] = result.themes.flatMap((th, k) => [
    {
      key: `t${k}`,
      theme: th.name,
      cause: '',
      local: th.local,
      global: th.global,
      cr: th.ahp?.cr ?? null,
    },
    ...th.criteria.map((c) => ({
      key: c.id,
      theme: '',
      cause: causeName(c.id),
      local: c.local,
      global: c.global,
      cr: null,
    })),
  ]);
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: space.md }}>
        {t('elicitation.hierarchy.weightsTitle')}
      </Typography.Title>
      {result.themesAhp && (
        <Typography.Paragraph data-testid="hier-themes-cr-line">
          {t('elicitation.hierarchy.themesMatrix')}:{' '}
          {t('elicitation.ahp.cr', { cr: result.themesAhp.cr.toFixed(3) })}
        </Typography.Paragraph>
      )}
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="hierarchy-weights"
        columns={[
          { title: t('elicitation.hierarchy.theme'), dataIndex: 'theme' },
          { title: t('elicitation.hierarchy.cause'), dataIndex: 'cause' },
          {
            title: t('elicitation.hierarchy.local'),
            dataIndex: 'local',
            align: 'right',
            render: (v: number) => pct(v),
          },
          {
            title: t('elicitation.hierarchy.global'),
            dataIndex: 'global',
            align: 'right',
            render: (v: number, r) => <span data-testid={`global-${r.key}`}>{pct(v)}</span>,
          },
          {
            title: t('elicitation.hierarchy.cr'),
            dataIndex: 'cr',
            align: 'right',
            render: (v: number | null) => (v === null ? '' : v.toFixed(3)),
          },
        ]}
      />
    </>
  );
}
