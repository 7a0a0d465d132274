/**
 * For component tests under `@vitest-environment jsdom`: the act() environment flag React wants,
 * the matchMedia antd's responsive helpers ask for (jsdom lacks it), and a fresh root per test.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export function prepareJsdomForAntd(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

export interface MountedRoot {
  container: HTMLDivElement;
  root: Root;
  unmount(): void;
}

/** A container attached to the document with a React root in it; call unmount() after the test. */
export function mountRoot(): MountedRoot {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}
