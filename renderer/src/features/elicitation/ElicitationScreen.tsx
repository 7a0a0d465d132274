import { Alert, Button, Card, Segmented, Space, Spin, theme, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Scenario } from '../../../../contract/domain';
import type {
  AhpGroupView,
  AhpHierarchyView,
  ElicitationSettingsView,
  ElicitationState,
} from '../../../../contract/elicitation';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatPercent } from '../../format/number';
import { rocWeights, swingWeights, computeAhp, type AhpResult } from '../../../../engine/weights';
import { AhpConfirmModal } from './AhpConfirmModal';
import { AhpEditor } from './AhpEditor';
import { AhpGroupEditor } from './AhpGroupEditor';
import { AhpHierarchyEditor } from './AhpHierarchyEditor';
import { isUsableMatrix, matrixFromWeights, type Matrix } from './ahp-model';
import {
  groupResult,
  hierarchyResult,
  seedGroup,
  seedHierarchy,
  usableGroup,
  usableHierarchy,
  worstMatrix,
} from './ahp-variants-model';
import { RankingEditor, SwingEditor } from './MethodInputs';
import { StakeholderPanel } from './StakeholderPanel';

type Method = ElicitationSettingsView['method'];

interface Props {
  scenario: Scenario;
  lang: Locale;
}

/** Draft inputs for each method, seeded from what was saved or from the current weights. */
function draftFrom(s: ElicitationSettingsView, scenario: Scenario, lang: Locale, judge: string) {
  const ids = scenario.causes.map((c) => c.id);
  const weights = scenario.causes.map((c) => c.weight);
  const byWeight = [...scenario.causes].sort((a, b) => b.weight - a.weight).map((c) => c.id);
  const maxW = Math.max(...weights, 1e-9);
  const sameIds = (list: readonly string[]) =>
    list.length === ids.length && ids.every((id) => list.includes(id));
  return {
    rocOrder: sameIds(s.rocOrder) ? s.rocOrder : byWeight,
    swingPoints:
      Object.keys(s.swingPoints).length > 0
        ? s.swingPoints
        : Object.fromEntries(
            scenario.causes.map((c) => [c.id, Math.round((c.weight / maxW) * 100)]),
          ),
    ahp:
      s.ahp &&
      sameIds(s.ahp.causes) &&
      s.ahp.causes.every((id, k) => id === ids[k]) &&
      isUsableMatrix(s.ahp.matrix, ids.length)
        ? s.ahp.matrix
        : matrixFromWeights(weights),
    hierarchy: usableHierarchy(s.ahpHierarchy, ids) ?? seedHierarchy(scenario.causes, lang),
    group: usableGroup(s.ahpGroup, ids) ?? seedGroup(scenario.causes, judge),
  };
}

/** Weight methods: picker, the chosen method's editor with a live preview, and stakeholder sets. */
export function ElicitationScreen({ scenario, lang }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const scenarioId = scenario.id;
  const [state, setState] = useState<ElicitationState | null>(null);
  const [method, setMethod] = useState<Method>('direct');
  const [rocOrder, setRocOrder] = useState<string[]>([]);
  const [swing, setSwing] = useState<Record<string, number>>({});
  const [matrix, setMatrix] = useState<Matrix>([]);
  const [hierarchy, setHierarchy] = useState<AhpHierarchyView | null>(null);
  const [group, setGroup] = useState<AhpGroupView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  // Loaded once per scenario: a weight edit elsewhere must not discard the planner's draft.
  useEffect(() => {
    let live = true;
    call('elicitation:get', { scenarioId })
      .then((s) => {
        if (!live) return;
        const d = draftFrom(s.settings, scenario, lang, t('elicitation.group.newJudge', { n: 1 }));
        setState(s);
        setMethod(s.settings.method);
        setRocOrder(d.rocOrder);
        setSwing(d.swingPoints);
        setMatrix(d.ahp);
        setHierarchy(d.hierarchy);
        setGroup(d.group);
      })
      .catch((e: unknown) => live && setError(toApiError(e)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the scenario changes
  }, [scenarioId]);

  const ids = scenario.causes.map((c) => c.id);
  const ahp = useMemo((): AhpResult | null => {
    try {
      return matrix.length ? computeAhp(matrix) : null;
    } catch {
      return null;
    }
  }, [matrix]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- ids derive from scenario.causes
  const themed = useMemo(() => hierarchyResult(ids, hierarchy), [scenario.causes, hierarchy]);
  const judged = useMemo(() => groupResult(group), [group]);
  const variant = method === 'ahpHierarchy' ? themed : method === 'ahpGroup' ? judged : null;
  const preview = useMemo((): number[] | null => {
    try {
      if (method === 'roc') return rocWeights(rocOrder.map((id) => ids.indexOf(id)));
      if (method === 'swing') return swingWeights(ids.map((id) => swing[id] ?? 0));
      if (method === 'ahp') return ahp?.weights ?? null;
      if (variant) return ids.map((id) => variant.weights[id] ?? 0);
    } catch {
      return null;
    }
    return null;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids derive from scenario.causes
  }, [method, rocOrder, swing, ahp, variant, scenario.causes]);

  const run = useCallback(
    async (work: () => Promise<{ edits?: number; state: ElicitationState }>) => {
      setBusy(true);
      setError(null);
      setNotice(null);
      try {
        const r = await work();
        setState(r.state);
        if (r.edits !== undefined) {
          setNotice(
            r.edits > 0 ? t('elicitation.applied', { count: r.edits }) : t('elicitation.unchanged'),
          );
        }
      } catch (e) {
        setError(toApiError(e));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  if (!state && !error) return <Spin description={t('app.loading')} />;
  const settings: ElicitationSettingsView = {
    method,
    rocOrder,
    swingPoints: swing,
    ahp: matrix.length ? { causes: ids, matrix } : null,
    ...(hierarchy ? { ahpHierarchy: hierarchy } : {}),
    ...(group ? { ahpGroup: group } : {}),
  };
  // The confirmation shows the variant's least consistent matrix, as plain AHP shows its one.
  const worst = variant ? worstMatrix(scenario.causes, hierarchy, variant) : null;
  const needsConfirmation =
    (method === 'ahp' && ahp !== null && !ahp.isConsistent) ||
    (variant !== null && variant.needsConfirmation);
  const apply = (acceptInconsistency: boolean) =>
    void run(() =>
      call('elicitation:apply', {
        scenarioId,
        settings,
        ...(acceptInconsistency ? { acceptInconsistency } : {}),
      }),
    );

  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t('elicitation.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('elicitation.intro')}</Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
      <Space wrap align="center" style={{ marginBottom: token.marginSM }}>
        <span id="method-label">{t('elicitation.methodLabel')}</span>
        <Segmented<Method>
          aria-labelledby="method-label"
          value={method}
          onChange={setMethod}
          options={(['direct', 'roc', 'swing', 'ahp', 'ahpHierarchy', 'ahpGroup'] as const).map(
            (m) => ({
              value: m,
              label: t(`elicitation.methods.${m}`),
            }),
          )}
          data-testid="method-picker"
        />
        <Button
          type="primary"
          disabled={busy || (method !== 'direct' && !preview)}
          onClick={() =>
            // Inconsistent AHP judgements are applied only after the planner confirms them.
            needsConfirmation ? setConfirming(true) : apply(false)
          }
          data-testid="method-apply"
        >
          {t('elicitation.apply')}
        </Button>
      </Space>
      {notice && (
        <Alert
          type="success"
          showIcon
          title={notice}
          style={{ marginBottom: token.marginSM }}
          data-testid="method-notice"
        />
      )}
      <Card size="small">
        {method === 'direct' && (
          <Typography.Paragraph>{t('elicitation.directHint')}</Typography.Paragraph>
        )}
        {method === 'roc' && (
          <RankingEditor
            causes={scenario.causes}
            lang={lang}
            order={rocOrder}
            onChange={setRocOrder}
          />
        )}
        {method === 'swing' && (
          <SwingEditor causes={scenario.causes} lang={lang} points={swing} onChange={setSwing} />
        )}
        {method === 'ahp' && (
          <AhpEditor
            causes={scenario.causes}
            lang={lang}
            matrix={matrix}
            result={ahp}
            onChange={setMatrix}
          />
        )}
        {method === 'ahpHierarchy' && hierarchy && (
          <AhpHierarchyEditor
            causes={scenario.causes}
            lang={lang}
            hierarchy={hierarchy}
            result={themed}
            onChange={setHierarchy}
          />
        )}
        {method === 'ahpGroup' && group && (
          <AhpGroupEditor
            causes={scenario.causes}
            lang={lang}
            group={group}
            result={judged}
            onChange={setGroup}
          />
        )}
        <AhpConfirmModal
          open={confirming}
          causes={worst ? worst.items : scenario.causes}
          lang={lang}
          result={worst ? worst.result : ahp}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            apply(true);
          }}
        />
        {method === 'ahp' && (
          <Button
            style={{ marginTop: token.marginXS }}
            onClick={() => setMatrix(matrixFromWeights(scenario.causes.map((c) => c.weight)))}
          >
            {t('elicitation.ahp.reset')}
          </Button>
        )}
        {preview && (
          <Typography.Paragraph style={{ marginTop: token.marginSM }} data-testid="method-preview">
            <Typography.Text strong>{t('elicitation.preview')}: </Typography.Text>
            {ids.map((id, k) => `${id} ${formatPercent(lang, preview[k] ?? 0)}`).join(' · ')}
          </Typography.Paragraph>
        )}
      </Card>
      {state && (
        <StakeholderPanel
          causes={scenario.causes}
          lang={lang}
          state={state}
          busy={busy}
          onSave={(s) =>
            void run(async () => ({
              state: await call('elicitation:saveStakeholder', { scenarioId, ...s }),
            }))
          }
          onDelete={(id) =>
            void run(async () => ({
              state: await call('elicitation:deleteStakeholder', { scenarioId, id }),
            }))
          }
          onUseAggregate={() => void run(() => call('elicitation:useAggregate', { scenarioId }))}
        />
      )}
    </div>
  );
}
