// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImpactCell } from '../../../../contract/domain';
import { initI18n } from '../../i18n';
import { ImpactEditor } from './ImpactEditor';
import { prepareJsdomForAntd } from '../../test-support/jsdom-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cell: ImpactCell = {
  measureId: 'M3',
  causeId: 'C7',
  low: 0.6,
  likely: 0.8,
  high: 0.8,
  rationaleZh: '依据',
  rationaleEn: 'rationale',
  source: '§4.3, §3.7',
  provenance: { kind: 'default', by: '', at: '' },
};

let container: HTMLDivElement;
let root: Root;

beforeAll(async () => {
  prepareJsdomForAntd();
  await initI18n('en');
});

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

/** Types into a React-controlled input the way a user does (native setter + input event). */
function type(testId: string, text: string): void {
  const input = byTestId(testId) as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(): Promise<void> {
  const form = container.querySelector('form') as HTMLFormElement;
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('ImpactEditor', () => {
  it('shows a bilingual message for a bad value and writes nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    act(() =>
      root.render(
        <ImpactEditor
          cell={cell}
          lang="en"
          title="edit"
          onSave={onSave}
          onClose={() => undefined}
        />,
      ),
    );
    expect(byTestId('impact-validation')).toBeNull();

    type('impact-low-input', '0.9'); // low > likely
    expect(byTestId('impact-validation')?.textContent).toBe(
      '须满足 低 ≤ 最可能 ≤ 高 / must satisfy low ≤ likely ≤ high',
    );
    expect((byTestId('impact-save') as HTMLButtonElement).disabled).toBe(true);
    await submit(); // Enter in a field submits the form: still nothing may be written
    expect(onSave).not.toHaveBeenCalled();

    type('impact-low-input', 'abc');
    expect(byTestId('impact-validation')?.textContent).toBe('“低”不是数字 / "Low" is not a number');
    type('impact-low-input', '0.5');
    type('impact-high-input', '1.5');
    expect(byTestId('impact-validation')?.textContent).toBe(
      '“高”须在 −1 与 1 之间 / "High" must lie between −1 and 1',
    );
    await submit();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid draft once and closes', async () => {
    const onSave = vi.fn(async () => undefined);
    const onClose = vi.fn();
    act(() =>
      root.render(
        <ImpactEditor cell={cell} lang="en" title="edit" onSave={onSave} onClose={onClose} />,
      ),
    );
    type('impact-low-input', '−0.15'); // a pasted minus sign is accepted
    type('impact-likely-input', '0.35');
    type('impact-high-input', '0.5');
    expect(byTestId('impact-validation')).toBeNull();
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ low: -0.15, likely: 0.35, high: 0.5 });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the host error and stays open when the save fails', async () => {
    const { ApiError } = await import('../../api/api-error');
    const onSave = vi.fn(async () => {
      throw new ApiError('invalid-request', 'impact must satisfy low ≤ likely ≤ high', 'likely');
    });
    const onClose = vi.fn();
    act(() =>
      root.render(
        <ImpactEditor cell={cell} lang="en" title="edit" onSave={onSave} onClose={onClose} />,
      ),
    );
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Invalid input');
    expect(container.textContent).toContain('Field: likely');
  });

  it('says where the value came from: the shipped default, or who edited or confirmed it when', () => {
    const render = (c: ImpactCell) =>
      act(() =>
        root.render(
          <ImpactEditor cell={c} lang="en" title="edit" onSave={vi.fn()} onClose={vi.fn()} />,
        ),
      );
    const shown = () => byTestId('impact-editor-provenance')?.textContent;
    render(cell);
    expect(shown()).toBe('Provenance: Default (illustrative)');
    const at = '2026-12-02T09:30:00.000Z';
    render({ ...cell, provenance: { kind: 'edited', by: '李工', at } });
    expect(shown()).toBe('Provenance: Edited by 李工 on 2 Dec 2026');
    render({ ...cell, provenance: { kind: 'confirmed', by: 'Li', at } });
    expect(shown()).toBe('Provenance: Confirmed by Li on 2 Dec 2026');
  });
});
