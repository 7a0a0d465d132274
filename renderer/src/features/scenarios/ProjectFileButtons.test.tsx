// @vitest-environment jsdom
/**
 * A project file opened from the file manager (desktop app) goes through the same import flow as
 * the Import button: project:import with its text, the name-clash question, then the result; a
 * file that could not be read is reported like any other error.
 */
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedProjectFile } from '../../../../contract/opened-file';
import { initI18n } from '../../i18n';
import { mountRoot, prepareJsdomForAntd, type MountedRoot } from '../../test-support/jsdom-root';
import { ProjectFileButtons } from './ProjectFileButtons';

const calls: [string, unknown][] = [];
vi.mock('../../api/client', () => ({
  call: vi.fn((channel: string, request: { onConflict?: string }) => {
    calls.push([channel, request]);
    return Promise.resolve(
      request.onConflict
        ? { status: 'imported', imported: [{ id: 9, name: 'A (2)' }], skipped: [], replaced: [] }
        : { status: 'conflicts', conflicts: [{ name: 'A', existingId: 1 }], total: 1 },
    );
  }),
}));

// The preload's listener, as electron/preload/index.ts exposes it.
let deliver: ((file: OpenedProjectFile) => void) | null = null;
(window as unknown as Record<string, unknown>).planner = {
  onProjectFileOpened: (fn: (file: OpenedProjectFile) => void) => {
    deliver = fn;
    return () => undefined;
  },
};

let mounted: MountedRoot;
beforeAll(async () => {
  prepareJsdomForAntd();
  await initI18n('en');
});
beforeEach(() => {
  mounted = mountRoot();
  calls.length = 0;
});
afterEach(() => mounted.unmount());

describe('a project file opened from the file manager', () => {
  it('is imported through project:import and asks about name clashes first', async () => {
    const done = vi.fn();
    const failed = vi.fn();
    await act(async () => {
      mounted.root.render(<ProjectFileButtons selectedIds={[]} onDone={done} onError={failed} />);
    });
    expect(deliver).not.toBeNull();
    await act(async () => {
      deliver!({ fileName: 'a.trpproj', text: '{"format":"x"}', error: null });
    });
    expect(calls).toEqual([['project:import', { text: '{"format":"x"}' }]]);
    const rename = document.querySelector('[data-testid="conflict-rename"]') as HTMLElement;
    expect(rename).not.toBeNull();
    await act(async () => rename.click());
    expect(calls[1]).toEqual(['project:import', { text: '{"format":"x"}', onConflict: 'rename' }]);
    expect(done).toHaveBeenCalledTimes(1);
    expect(failed).not.toHaveBeenCalled();
  });

  it('reports a file that could not be read, naming it', async () => {
    const failed = vi.fn();
    await act(async () => {
      mounted.root.render(
        <ProjectFileButtons selectedIds={[]} onDone={() => undefined} onError={failed} />,
      );
    });
    await act(async () => {
      deliver!({ fileName: 'b.trpproj', text: null, error: 'cannot read the file: /x/b.trpproj' });
    });
    expect(calls).toEqual([]);
    expect(failed).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid-request',
        message: expect.stringContaining('b.trpproj'),
      }),
    );
  });
});
