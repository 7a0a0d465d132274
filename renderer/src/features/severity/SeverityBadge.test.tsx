// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { initI18n } from '../../i18n';
import { SeverityBadge, severityLevel } from './SeverityBadge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('SeverityBadge', () => {
  it('splits [0, 1] into thirds', () => {
    expect([0, 0.33, 1 / 3, 0.66, 2 / 3, 1].map(severityLevel)).toEqual([
      'low',
      'low',
      'mid',
      'mid',
      'high',
      'high',
    ]);
  });

  it('says the value AND the level in words (not colour alone), in both languages', async () => {
    act(() => root.render(<SeverityBadge severity={0.512} lang="en" />));
    expect(container.textContent).toBe('Severity 0.51 · medium');
    expect(container.querySelector('[data-level="mid"]')).not.toBeNull();
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    act(() => root.render(<SeverityBadge severity={0.9} lang="zh" />));
    expect(container.textContent).toBe('严重程度 0.90 · 重');
    act(() => root.render(<SeverityBadge severity={null} lang="zh" />));
    expect(container.textContent).toBe('无可比数据');
    act(() => root.render(<SeverityBadge severity={null} linked={false} lang="zh" />));
    expect(container.textContent).toBe('尚无指标');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
  });
});
