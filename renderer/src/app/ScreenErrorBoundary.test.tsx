// @vitest-environment jsdom
import { act, useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next as i18n, initI18n } from '../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../test-support/jsdom-root';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

let mounted: MountedRoot;
let failing = true;

function Fragile() {
  if (failing) throw new Error('cannot read properties of undefined (reading "weight")');
  return <p data-testid="fragile">shown</p>;
}

/** A neighbour outside the boundary: it must stay on screen when the screen fails. */
function Shell() {
  const [clicks, setClicks] = useState(0);
  return (
    <div>
      <button data-testid="nav" onClick={() => setClicks(clicks + 1)}>
        {clicks}
      </button>
      <ScreenErrorBoundary area="weights">
        <Fragile />
      </ScreenErrorBoundary>
    </div>
  );
}

beforeAll(async () => {
  prepareJsdomForAntd();
  await initI18n('zh');
});
beforeEach(() => {
  mounted = mountRoot();
  // React and the boundary report the error on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  mounted.unmount();
  vi.restoreAllMocks();
});

describe('ScreenErrorBoundary', () => {
  it('shows the error with a way back instead of unmounting the window, in both languages', async () => {
    failing = true;
    await act(async () => i18n.changeLanguage('zh'));
    await act(async () => mounted.root.render(<Shell />));
    const alert = mounted.container.querySelector('[data-testid="screen-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('此页面出错，未能显示');
    expect(alert?.textContent).toContain('reading "weight"');
    expect(alert?.textContent).toContain('重新载入窗口');
    // The rest of the window still works.
    expect(mounted.container.querySelector('[data-testid="nav"]')).not.toBeNull();
    await act(async () => i18n.changeLanguage('en'));
    expect(mounted.container.textContent).toContain('This screen hit an error');
    expect(console.error).toHaveBeenCalledWith(
      '[weights] render error',
      expect.any(Error),
      expect.any(String),
    );
  });

  it('renders the screen again after "try again" once the cause is gone', async () => {
    failing = true;
    await act(async () => i18n.changeLanguage('en'));
    await act(async () => mounted.root.render(<Shell />));
    expect(mounted.container.querySelector('[data-testid="fragile"]')).toBeNull();
    failing = false;
    const retry = Array.from(mounted.container.querySelectorAll('button')).find(
      (b) => b.textContent === 'Try this screen again',
    );
    await act(async () => retry!.click());
    expect(mounted.container.querySelector('[data-testid="screen-error"]')).toBeNull();
    expect(mounted.container.querySelector('[data-testid="fragile"]')?.textContent).toBe('shown');
  });
});
