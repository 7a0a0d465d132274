// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseRecovery } from '../../../electron/contract/channels';
import { i18next as i18n, initI18n } from '../i18n';
import { RecoveryNotice } from './RecoveryNotice';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../test-support/jsdom-root';

let recovery: DatabaseRecovery | null = null;
vi.mock('../api/client', () => ({
  call: vi.fn((channel: string) =>
    channel === 'app:info'
      ? Promise.resolve({
          version: '1',
          dataDir: '/d',
          systemLocale: 'zh',
          host: 'electron',
          recovery,
        })
      : Promise.reject(new Error(channel)),
  ),
}));

let mounted: MountedRoot;

beforeAll(async () => {
  prepareJsdomForAntd();
  await initI18n('zh');
});
beforeEach(() => {
  mounted = mountRoot();
});
afterEach(() => mounted.unmount());

async function renderNotice(): Promise<Element | null> {
  await act(async () => {
    mounted.root.render(<RecoveryNotice />);
  });
  return mounted.container.querySelector('[data-testid="recovery-notice"]');
}

describe('RecoveryNotice', () => {
  it('renders nothing after a healthy open', async () => {
    recovery = null;
    expect(await renderNotice()).toBeNull();
  });

  it('says which backup is in use and where the damaged file is, in Chinese and English', async () => {
    recovery = {
      problems: ['Tree 4 page 12: btreeInitPage() returns error code 11'],
      damagedPath: '/data/planner.sqlite3.damaged-20260301T100000Z',
      restoredFrom: '/data/backups/planner-daily-20260301T090000Z.sqlite3',
    };
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    const zh = await renderNotice();
    expect(zh?.getAttribute('role')).toBe('alert');
    expect(zh?.textContent).toContain('数据库文件已损坏，已自动恢复');
    expect(zh?.textContent).toContain('planner-daily-20260301T090000Z.sqlite3');
    expect(zh?.textContent).toContain('planner.sqlite3.damaged-20260301T100000Z');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(mounted.container.textContent).toContain('The newest good backup is now in use');
    expect(mounted.container.textContent).toContain('btreeInitPage');
  });

  it('says a fresh database was started when no backup was good', async () => {
    recovery = { problems: [], damagedPath: '/d/x.damaged', restoredFrom: null };
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const notice = await renderNotice();
    expect(notice?.textContent).toContain('No good backup was found');
    expect(notice?.textContent).toContain('/d/x.damaged');
  });
});
