// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Constraints, Scenario } from '../../../../contract/domain';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { ConstraintsPanel } from './ConstraintsPanel';

prepareJsdomForAntd();
let mounted: MountedRoot;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  mounted = mountRoot();
});
afterEach(() => mounted.unmount());

const measure = (id: string, name: string) => ({
  id,
  nameZh: name,
  nameEn: name,
  textZh: '',
  textEn: '',
  paperSection: '§4.1',
  costLow: 10,
  costLikely: 20,
  costHigh: 30,
  costUnit: '亿元 / 100 million CNY',
  yearsToEffect: 3,
  leadAgencyZh: '厅',
  leadAgencyEn: 'Department',
  costIsIllustrative: true,
  costProvenance: { kind: 'default' as const, by: '', at: '' },
});

function scenario(constraints: Partial<Constraints> = {}, edited = false): Scenario {
  return {
    id: 1,
    name: 'Test',
    regionCode: 'NE',
    coverageModel: 'saturating',
    causes: [],
    measures: [measure('M1', 'Housing'), measure('M2', 'Jobs')],
    impacts: [],
    synergies: [],
    constraints: {
      budget: 400,
      maxMeasures: null,
      required: [],
      excluded: [],
      requires: [],
      excludes: [],
      ...constraints,
    },
    budgetProvenance: edited
      ? { kind: 'edited', by: '李工', at: '2026-12-02T09:00:00.000Z' }
      : { kind: 'default', by: '', at: '' },
    weighting: {
      provenance: { kind: 'default', by: '', at: '' },
      method: 'default',
      ahpCr: null,
      rocOrder: [],
      adjustedAfter: [],
    },
    analysis: { uncertainty: 'around', width: 0.2, samples: 1000, seed: 1 },
    stakeholders: [],
    briefingExportedAt: null,
    updatedAt: '2026-12-02T09:00:00.000Z',
  };
}

const byTestId = (id: string) => mounted.container.querySelector(`[data-testid="${id}"]`);
const budgetInput = () => byTestId('budget-input') as HTMLInputElement;

function type(text: string): void {
  const input = budgetInput();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function enterThenBlur(): Promise<void> {
  await act(async () => {
    budgetInput().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    budgetInput().dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

function render(s: Scenario, onChange = vi.fn(async () => undefined), onConfirm = vi.fn()) {
  act(() =>
    mounted.root.render(
      <ConstraintsPanel
        scenario={s}
        lang="en"
        onChange={onChange}
        onConfirmBudget={async () => onConfirm()}
      />,
    ),
  );
  return { onChange, onConfirm };
}

describe('ConstraintsPanel', () => {
  it('names the budget field with its unit and shows the stored value', () => {
    render(scenario());
    expect(budgetInput().getAttribute('aria-label')).toBe('Budget (100 million CNY)');
    expect(budgetInput().value).toBe('400');
  });

  it('explains a bad budget in words as it is typed and sends nothing', async () => {
    const { onChange } = render(scenario());
    type('abc');
    expect(byTestId('budget-validation')?.textContent).toBe(
      'The budget must be a number, e.g. 300 or 1,200.5',
    );
    expect(budgetInput().getAttribute('aria-invalid')).toBe('true');
    await enterThenBlur();
    type('-3');
    expect(byTestId('budget-validation')?.textContent).toBe('The budget cannot be negative');
    type('200000');
    expect(byTestId('budget-validation')?.textContent).toBe(
      'The budget may not exceed 100,000 (100 million CNY); leave it empty for no limit',
    );
    await enterThenBlur();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('sends a valid budget once (Enter and the blur after it), keeping the other constraints', async () => {
    const { onChange } = render(scenario({ required: ['M1'] }));
    type('1,200');
    expect(byTestId('budget-validation')).toBeNull();
    await enterThenBlur();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({
      budget: 1200,
      maxMeasures: null,
      required: ['M1'],
      excluded: [],
      requires: [],
      excludes: [],
    });
    type('');
    await enterThenBlur();
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ budget: null }));
  });

  it('marks the shipped budget as illustrative with a keep button, and says who set it after', async () => {
    const { onConfirm } = render(scenario());
    expect(byTestId('budget-provenance')?.textContent).toContain('Default (illustrative)');
    await act(async () => {
      (byTestId('budget-confirm') as HTMLButtonElement).click();
    });
    expect(onConfirm).toHaveBeenCalledTimes(1);
    render(scenario({ budget: 200 }, true));
    expect(byTestId('budget-confirm')).toBeNull();
    expect(byTestId('budget-provenance')?.textContent).toBe('Edited by 李工 on 2 Dec 2026');
  });
});
