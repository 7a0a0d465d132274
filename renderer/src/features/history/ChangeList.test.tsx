// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../../../contract/change';
import { auditEntrySchema, type AuditEntry } from '../../../../contract/history';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { ChangeList, SHOWN_CHANGES } from './ChangeList';

prepareJsdomForAntd();

let mounted: MountedRoot;
let container: HTMLDivElement;
let root: Root;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  mounted = mountRoot();
  ({ container, root } = mounted);
});
afterEach(() => mounted.unmount());

const budgetStep = (k: number): Change => ({
  field: 'budget',
  subject: null,
  before: { kind: 'number', value: k, unit: null, digits: 0 },
  after: { kind: 'number', value: k + 1, unit: null, digits: 0 },
});

function entryWith(count: number): AuditEntry {
  return auditEntrySchema.parse({
    id: 7,
    at: '2026-12-03T07:38:28.000Z',
    user: '李工',
    scenarioId: 1,
    scenarioName: 'baseline',
    entity: 'scenario_inputs',
    key: 'constraints+costs',
    subject: null,
    undone: false,
    changes: Array.from({ length: count }, (_, k) => budgetStep(k)),
  });
}

const items = () => container.querySelectorAll('li').length;
const toggle = () =>
  container.querySelector<HTMLButtonElement>('[data-testid="audit-change-more-7"]');

describe('ChangeList', () => {
  it(`shows the first ${SHOWN_CHANGES} of a long list and opens the rest on request`, () => {
    const count = SHOWN_CHANGES + 8;
    act(() => root.render(<ChangeList entry={entryWith(count)} lang="en" />));
    expect(items()).toBe(SHOWN_CHANGES);
    expect(toggle()?.textContent).toBe(`Show all ${count} changes`);
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle()!.click());
    expect(items()).toBe(count);
    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle()!.click());
    expect(items()).toBe(SHOWN_CHANGES);
  });

  it('never hides a single line behind a button', () => {
    act(() => root.render(<ChangeList entry={entryWith(SHOWN_CHANGES + 1)} lang="en" />));
    expect(items()).toBe(SHOWN_CHANGES + 1);
    expect(toggle()).toBeNull();
  });
});
