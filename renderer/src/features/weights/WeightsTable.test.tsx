// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cause } from '../../../../contract/domain';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import type { CauseSeverity } from '../severity/use-cause-severity';
import { WeightsTable } from './WeightsTable';

const cause = (id: string, weight: number): Cause =>
  ({
    id,
    nameZh: `原因${id}`,
    nameEn: `Cause ${id}`,
    textZh: `说明${id}`,
    textEn: `Text ${id}`,
    paperSection: '§3',
    weight,
  }) as Cause;

const severity: CauseSeverity = {
  byCause: new Map(),
  loaded: true,
  error: null,
  regionName: (code) => code,
};
const noop = () => undefined;

let mounted: MountedRoot | null = null;
beforeAll(async () => {
  prepareJsdomForAntd();
  await initI18n('en');
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('WeightsTable', () => {
  it('a weight change reaches the slider, shares, bars and sum; a rename reaches the fixed cells', () => {
    mounted = mountRoot();
    const m = mounted;
    const render = (causes: Cause[]) =>
      act(() =>
        m.root.render(
          <WeightsTable
            causes={causes}
            regionCode="NE"
            lang="en"
            severity={severity}
            onWeightChange={noop}
          />,
        ),
      );
    const share = (id: string) =>
      m.container.querySelector(`[data-testid="weight-share-${id}"]`)?.textContent;
    const input = (id: string) =>
      m.container.querySelector<HTMLInputElement>(`[data-testid="weight-input-${id}"]`)?.value;

    const first = [cause('C1', 1), cause('C2', 3)];
    render(first);
    expect([share('C1'), share('C2')]).toEqual(['25.0%', '75.0%']);
    expect(m.container.querySelectorAll('tr[data-testid^="cause-row-"]')).toHaveLength(2);

    // A slider step: a new causes array, one weight changed, names unchanged.
    render([first[0]!, { ...first[1]!, weight: 1 }]);
    expect([share('C1'), share('C2')]).toEqual(['50.0%', '50.0%']);
    expect(input('C2')).toBe('1.0');
    const sum = m.container.querySelector('.ant-table-summary')?.textContent;
    expect(sum).toContain('Sum of raw weights');
    expect(sum).toContain('2.0');
    const bar = m.container.querySelectorAll<HTMLElement>('.trp-share-bar > div')[1];
    expect(bar?.style.width).toBe('50%');

    // A renamed cause does reach the table.
    render([
      { ...first[0]!, nameEn: 'Renamed' },
      { ...first[1]!, weight: 1 },
    ]);
    expect(m.container.textContent).toContain('C1 · Renamed');
  });
});
