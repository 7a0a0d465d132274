/**
 * The open scenario and its edits. Edits show at once (the ranking follows every slider move);
 * EditSync writes them to the host (debounced, in order) and hands the host's copy back. A write
 * made anywhere else (undo, a weight method, an import, another screen's edit) re-reads it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Constraints, Region, Scenario, ScenarioSummary } from '../../../contract/domain';
import type { Request } from '../../../contract/channels';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import type { ApiError } from '../api/api-error';
import { subscribeStoredData } from '../api/stored-data';
import { useQuery } from '../api/use-query';
import { EditSync } from './edit-sync';

export type MeasureCostEdit = Omit<Request<'scenario:setMeasureCost'>, 'scenarioId' | 'measureId'>;
export type ConfirmTarget = Request<'scenario:confirmDefaults'>['what'];

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
  /** Saves every waiting edit first, then opens the other scenario. */
  selectScenario(id: number): Promise<void>;
  setCauseWeight(causeId: string, weight: number): void;
  setImpact(
    measureId: string,
    causeId: string,
    v: { low: number; likely: number; high: number },
  ): Promise<void>;
  /** Replaces the package constraints (one undoable edit); rejects with the host's error. */
  setConstraints(constraints: Constraints): Promise<void>;
  /** A measure's cost range, years to effect and lead agency (one undoable edit). */
  setMeasureCost(measureId: string, cost: MeasureCostEdit): Promise<void>;
  /** Marks shipped defaults as reviewed and kept (one undoable edit). */
  confirmDefaults(what: ConfirmTarget, measureId?: string): Promise<void>;
  /** Sends every waiting edit now; resolves when the host has answered them all. */
  flushEdits(): Promise<void>;
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

function rememberScenarioId(id: number): void {
  try {
    globalThis.localStorage?.setItem(SCENARIO_KEY, String(id));
  } catch {
    // Remembering the choice is a convenience only.
  }
}

const NO_SCENARIOS: ScenarioSummary[] = [];
const NO_REGIONS: Region[] = [];

export function useScenario(): ScenarioState {
  const list = useQuery('scenario:list', {});
  const regionList = useQuery('regions:list', {});
  const scenarios = list.data ?? NO_SCENARIOS;
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [readError, setReadError] = useState<ApiError | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [readTick, setReadTick] = useState(0);
  // Tags this hook's own writes: their replies are adopted, so they need no re-read.
  const origin = useMemo(() => Symbol('open-scenario'), []);

  // The open scenario: the one chosen, else the one remembered, else the first; a deleted one
  // gives way to the first that is left.
  const scenarioId = useMemo(() => {
    if (list.data === null) return chosenId;
    const ids = new Set(list.data.map((s) => s.id));
    if (chosenId !== null && ids.has(chosenId)) return chosenId;
    const saved = savedScenarioId();
    if (saved !== null && ids.has(saved)) return saved;
    return list.data[0]?.id ?? null;
  }, [list.data, chosenId]);

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
          setReadTick((t) => t + 1);
        },
        busy: setSaving,
      }),
    [],
  );

  const openId = useRef(scenarioId);
  openId.current = scenarioId;
  useEffect(() => {
    if (scenarioId === null) return undefined;
    let live = true;
    call('scenario:get', { scenarioId })
      .then((s) => {
        // An edit made while this read was under way is newer than its answer: keep the edit.
        if (!live || !sync.idle || openId.current !== s.id) return;
        setScenario(s);
        setReadError(null);
      })
      .catch((e: unknown) => {
        const error = toApiError(e);
        // Deleted meanwhile (here or elsewhere): the re-read list opens another one.
        if (live && error.code !== 'not-found') setReadError(error);
      });
    return () => {
      live = false;
    };
  }, [scenarioId, readTick, sync]);

  // Stored data changed by anything but this hook's own edits: re-read rather than keep a
  // stale copy.
  useEffect(
    () =>
      subscribeStoredData((change) => {
        if (change.origin !== origin) setReadTick((t) => t + 1);
      }),
    [origin],
  );

  // A reload or a closed window must not lose an edit still waiting for its debounce.
  useEffect(() => {
    const leave = () => sync.flushNow();
    globalThis.addEventListener?.('pagehide', leave);
    globalThis.addEventListener?.('beforeunload', leave);
    return () => {
      globalThis.removeEventListener?.('pagehide', leave);
      globalThis.removeEventListener?.('beforeunload', leave);
    };
  }, [sync]);

  const setCauseWeight = useCallback(
    (causeId: string, weight: number) => {
      if (scenarioId === null) return;
      setScenario(
        (s) =>
          s && { ...s, causes: s.causes.map((c) => (c.id === causeId ? { ...c, weight } : c)) },
      );
      sync.debounce(`weight:${causeId}`, WEIGHT_DEBOUNCE_MS, () =>
        call('scenario:setCauseWeight', { scenarioId, causeId, weight }, { origin }),
      );
    },
    [scenarioId, sync, origin],
  );

  /** One write after those already queued; its reply becomes the open scenario. */
  const edit = useCallback(
    async (write: (scenarioId: number) => Promise<Scenario>) => {
      if (scenarioId === null) return;
      try {
        await sync.now(() => write(scenarioId));
      } catch (e) {
        throw toApiError(e);
      }
    },
    [scenarioId, sync],
  );

  const setConstraints = useCallback(
    (constraints: Constraints) =>
      edit((id) => call('scenario:setConstraints', { scenarioId: id, constraints }, { origin })),
    [edit, origin],
  );

  const setMeasureCost = useCallback(
    (measureId: string, cost: MeasureCostEdit) =>
      edit((id) =>
        call('scenario:setMeasureCost', { scenarioId: id, measureId, ...cost }, { origin }),
      ),
    [edit, origin],
  );

  const confirmDefaults = useCallback(
    (what: ConfirmTarget, measureId?: string) =>
      edit((id) =>
        call(
          'scenario:confirmDefaults',
          { scenarioId: id, what, ...(measureId === undefined ? {} : { measureId }) },
          { origin },
        ),
      ),
    [edit, origin],
  );

  const setImpact = useCallback(
    (measureId: string, causeId: string, v: { low: number; likely: number; high: number }) =>
      edit((id) =>
        call('scenario:setImpact', { scenarioId: id, measureId, causeId, ...v }, { origin }),
      ),
    [edit, origin],
  );

  const flushEdits = useCallback(() => sync.flush(), [sync]);

  const selectScenario = useCallback(
    async (id: number) => {
      rememberScenarioId(id);
      // The waiting edits belong to the scenario being left; they are written to it first.
      await sync.flush();
      if (id === openId.current) return;
      setScenario(null);
      setChosenId(id);
    },
    [sync],
  );

  const { reload: reloadList } = list;
  const { reload: reloadRegions } = regionList;
  const reload = useCallback(() => {
    reloadList();
    reloadRegions();
    setReadTick((t) => t + 1);
  }, [reloadList, reloadRegions]);

  return {
    scenarios,
    regions: regionList.data ?? NO_REGIONS,
    scenarioId,
    scenario: scenario !== null && scenario.id === scenarioId ? scenario : null,
    loadError: list.error ?? regionList.error ?? readError,
    saveError,
    saving,
    selectScenario,
    setCauseWeight,
    setImpact,
    setConstraints,
    setMeasureCost,
    confirmDefaults,
    flushEdits,
    reload,
  };
}
