// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseReadOnly, DatabaseRecovery } from '../../../contract/channels';
import { i18next as i18n, initI18n } from '../i18n';
import { RecoveryNotice } from './RecoveryNotice';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../test-support/jsdom-root';

let recovery: DatabaseRecovery | null = null;
let readOnly: DatabaseReadOnly | null = null;
vi.mock('../api/client', () => ({
  call: vi.fn((channel: string) =>
    channel === 'app:info'
      ? Promise.resolve({
          version: '1',
          dataDir: '/d',
          systemLocale: 'zh',
          host: 'electron',
          recovery,
          readOnly,
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
      kind: 'damaged',
      problems: ['Tree 4 page 12: btreeInitPage() returns error code 11'],
      damagedPath: '/data/planner.sqlite3.damaged-20260301T100000Z',
      restoredFrom: '/data/backups/planner-daily-20260301T090000Z.sqlite3',
      backupTakenAt: new Date(Date.now() - 3 * 24 * 3600_000).toISOString(),
    };
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    const zh = await renderNotice();
    expect(zh?.getAttribute('role')).toBe('alert');
    expect(zh?.textContent).toContain('数据库文件已损坏，已自动恢复');
    expect(zh?.textContent).toContain('planner-daily-20260301T090000Z.sqlite3');
    expect(zh?.textContent).toContain('planner.sqlite3.damaged-20260301T100000Z');
    // How old the restored copy is.
    expect(zh?.textContent).toContain('（3 天前）');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(mounted.container.textContent).toContain('The newest good backup, taken');
    expect(mounted.container.textContent).toContain('(3 day(s) ago)');
    expect(mounted.container.textContent).toContain('btreeInitPage');
  });

  it('says a fresh database was started when no backup was good', async () => {
    recovery = {
      kind: 'damaged',
      problems: [],
      damagedPath: '/d/x.damaged',
      restoredFrom: null,
      backupTakenAt: null,
    };
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const notice = await renderNotice();
    expect(notice?.textContent).toContain('No good backup was found');
    expect(notice?.textContent).toContain('/d/x.damaged');
  });

  it('names an empty or missing file as such, and says when there was nothing to keep', async () => {
    recovery = {
      kind: 'missing',
      problems: ['3 backup(s) in /d/backups'],
      damagedPath: null,
      restoredFrom: '/d/backups/planner-daily-20260301T090000Z.sqlite3',
      backupTakenAt: new Date(Date.now() - 5 * 3600_000).toISOString(),
    };
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const notice = await renderNotice();
    expect(notice?.textContent).toContain('The database file was missing');
    expect(notice?.textContent).toContain('(5 hour(s) ago)');
    expect(notice?.textContent).toContain('There was no original file to keep.');
    recovery = { ...recovery, kind: 'empty', damagedPath: '/d/planner.sqlite3.empty-x' };
    mounted.unmount();
    mounted = mountRoot();
    expect((await renderNotice())?.textContent).toContain('was empty (0 bytes)');
    recovery = null;
  });

  it('shows a read-only banner naming the file, the reason and what to do', async () => {
    readOnly = { file: '/d/planner.sqlite3', reason: 'read-only-folder', snapshot: '/tmp/copy' };
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    await act(async () => {
      mounted.root.render(<RecoveryNotice />);
    });
    const banner = mounted.container.querySelector('[data-testid="read-only-notice"]');
    expect(banner?.textContent).toContain('只读模式');
    expect(banner?.textContent).toContain('/d/planner.sqlite3');
    expect(banner?.textContent).toContain('TRP_DATA_DIR');
    expect(banner?.textContent).toContain('/tmp/copy');
    readOnly = null;
  });
});
