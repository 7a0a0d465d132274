// @vitest-environment jsdom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { WeightControl } from './WeightControl';

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

function renderBox(weight: number) {
  const onWeightChange = vi.fn();
  act(() =>
    root.render(
      <WeightControl causeId="C2" name="Policy" weight={weight} onWeightChange={onWeightChange} />,
    ),
  );
  const input = container.querySelector<HTMLInputElement>('[data-testid="weight-input-C2"]')!;
  return { input, onWeightChange };
}

describe('WeightControl number box', () => {
  it('leaves a weight set by a method (0.2678…, 0.64) unchanged when the planner tabs past it', () => {
    for (const weight of [0.2678571428571, 0.64]) {
      const { input, onWeightChange } = renderBox(weight);
      act(() => input.focus());
      act(() => input.blur());
      expect(onWeightChange).not.toHaveBeenCalled();
    }
  });

  it('shows two decimals', () => {
    expect(renderBox(0.2678571428571).input.value).toBe('0.27');
    expect(renderBox(0.64).input.value).toBe('0.64');
    expect(renderBox(1.5).input.value).toBe('1.5');
  });
});
