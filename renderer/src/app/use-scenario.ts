/**
 * The open scenario and its edits. Edits show at once (the ranking follows every slider move);
 * EditSync writes them to the host (debounced, in order) and hands the host's copy back.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Region, Scenario, ScenarioSummary } from '../../../electron/contract/domain';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import type { ApiError } from '../api/api-error';
import { onEditsChanged } from '../features/history/edits-events';
import { EditSync } from './edit-sync';

const SCENARIO_KEY = 'trp.scenario';
const WEIGHT_DEBOUNCE_MS = 150;

export interface ScenarioState {
  scenarios: ScenarioSummary[];
  regions: Region[];
  scenarioId: number | null;
  scenario: Scenario | null;
  loadError: ApiError | null;
  saveError: ApiError | null;
  saving: boolean;
  selectScenario(id: number): void;
  setCauseWeight(causeId: string, weight: number): void;
  setImpact(
    measureId: string,
    causeId: string,
    v: { low: number; likely: number; high: number },
  ): Promise<void>;
  reload(): void;
}

function savedScenarioId(): number | null {
  try {
    const n = Number(globalThis.localStorage?.getItem(SCENARIO_KEY));
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export function useScenario(): ScenarioState {
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [regions, setRegions] = useState<Region[]>([]);
  const [scenarioId, setScenarioId] = useState<number | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([call('scenario:list', {}), call('regions:list', {})])
      .then(([list, regionList]) => {
        if (cancelled) return;
        setScenarios(list);
        setRegions(regionList);
        const saved = savedScenarioId();
        const pick = list.find((s) => s.id === saved) ?? list[0];
        setScenarioId(pick ? pick.id : null);
        setLoadError(null);
      })
      .catch((e: unknown) => !cancelled && setLoadError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [reloadTick]);

  useEffect(() => {
    if (scenarioId === null) return;
    let cancelled = false;
    call('scenario:get', { scenarioId })
      .then((s) => {
        if (cancelled) return;
        setScenario(s);
        setLoadError(null);
      })
      .catch((e: unknown) => !cancelled && setLoadError(toApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [scenarioId, reloadTick]);

  // Stored data changed elsewhere (undo, a weight method or severity fold written on the host):
  // re-read rather than keep a stale copy.
  useEffect(() => onEditsChanged(() => setReloadTick((t) => t + 1)), []);

  // One EditSync for the hook's lifetime; its callbacks only call state setters (stable).
  const sync = useMemo(
    () =>
      new EditSync<Scenario>({
        adopt: (updated) => {
          setScenario(updated);
          setSaveError(null);
        },
        failed: (e) => {
          setSaveError(toApiError(e));
          // The local copy may now differ from what is stored: re-read the truth.
          setReloadTick((t) => t + 1);
        },
        busy: setSaving,
      }),
    [],
  );

  const setCauseWeight = useCallback(
    (causeId: string, weight: number) => {
      if (scenarioId === null) return;
      setScenario(
        (s) =>
          s && { ...s, causes: s.causes.map((c) => (c.id === causeId ? { ...c, weight } : c)) },
      );
      sync.debounce(`weight:${causeId}`, WEIGHT_DEBOUNCE_MS, () =>
        call('scenario:setCauseWeight', { scenarioId, causeId, weight }),
      );
    },
    [scenarioId, sync],
  );

  const setImpact = useCallback(
    async (
      measureId: string,
      causeId: string,
      v: { low: number; likely: number; high: number },
    ) => {
      if (scenarioId === null) return;
      try {
        await sync.now(() => call('scenario:setImpact', { scenarioId, measureId, causeId, ...v }));
      } catch (e) {
        throw toApiError(e);
      }
    },
    [scenarioId, sync],
  );

  const selectScenario = useCallback(
    (id: number) => {
      try {
        globalThis.localStorage?.setItem(SCENARIO_KEY, String(id));
      } catch {
        // Remembering the choice is a convenience only.
      }
      sync.cancelPending();
      setScenario(null);
      setScenarioId(id);
    },
    [sync],
  );

  const reload = useCallback(() => setReloadTick((t) => t + 1), []);

  return {
    scenarios,
    regions,
    scenarioId,
    scenario,
    loadError,
    saveError,
    saving,
    selectScenario,
    setCauseWeight,
    setImpact,
    reload,
  };
}
