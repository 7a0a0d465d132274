import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createPdfWindowPrinter,
  PDF_DOCUMENT_PREFIX,
  PDF_PARTITION,
  type PdfSession,
  type PdfWindow,
  type PdfWindowDeps,
} from './pdf-window';

type BeforeRequest = (
  details: { url: string },
  callback: (r: { cancel?: boolean }) => void,
) => void;
type Handler = (request: Request) => Response | Promise<Response>;

/** A fake Electron world: records what the printer asks for and lets the test poke the policy. */
function fakes(opts: { canceled?: boolean; filePath?: string; failPrint?: boolean } = {}) {
  const state = {
    windows: [] as {
      options: BrowserWindowConstructorOptions;
      destroyed: boolean;
      loaded: string[];
    }[],
    beforeRequest: null as BeforeRequest | null,
    permissionRequest: null as ((...a: unknown[]) => void) | null,
    permissionCheck: null as ((...a: unknown[]) => boolean) | null,
    handler: null as Handler | null,
    served: [] as { url: string; status: number; body: string }[],
    dialogs: [] as SaveDialogOptions[],
    written: [] as { file: string; bytes: number }[],
  };
  const session = {
    setPermissionRequestHandler: (h: (...a: unknown[]) => void) => {
      state.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: (...a: unknown[]) => boolean) => {
      state.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => {
        state.beforeRequest = listener;
      },
    },
    protocol: {
      handle: (_scheme: string, handler: Handler) => {
        state.handler = handler;
      },
    },
  } as unknown as PdfSession;

  const cancelled = (url: string): boolean => {
    let result: boolean | undefined;
    state.beforeRequest!({ url }, (r) => {
      result = r.cancel === true;
    });
    return result!;
  };

  const deps: PdfWindowDeps = {
    session,
    createWindow(options) {
      const record = { options, destroyed: false, loaded: [] as string[] };
      state.windows.push(record);
      const win = {
        async loadURL(url: string) {
          record.loaded.push(url);
          // What Chromium would do: the navigation passes the session's request filter first.
          if (cancelled(url)) throw new Error('ERR_BLOCKED_BY_CLIENT');
          const res = await state.handler!(new Request(url));
          state.served.push({ url, status: res.status, body: await res.text() });
          // While the page is open, its subresources must pass the filter as well.
          expect(cancelled('https://example.com/track.png')).toBe(true);
          expect(cancelled('file:///etc/passwd')).toBe(true);
          expect(cancelled('app://planner/index.html')).toBe(true);
          expect(cancelled('data:font/woff2;base64,AAAA')).toBe(false);
        },
        isDestroyed: () => record.destroyed,
        destroy: () => {
          record.destroyed = true;
        },
        webContents: {
          async printToPDF() {
            if (opts.failPrint) throw new Error('printing failed');
            return Buffer.from('%PDF-1.4 fake');
          },
        },
      };
      return win as unknown as PdfWindow;
    },
    async showSaveDialog(options) {
      state.dialogs.push(options);
      return { canceled: opts.canceled ?? false, filePath: opts.filePath ?? '/home/p/out.pdf' };
    },
    async writeFile(file, data) {
      state.written.push({ file, bytes: data.length });
    },
    defaultDir: () => '/home/p/Documents',
  };
  return { state, deps, cancelled };
}

const job = { html: '<!DOCTYPE html><p>简报</p>', fileName: 'briefing-x-zh.pdf', dataDir: '/d' };

describe('Electron PDF window', () => {
  it('hidden, sandboxed, no JavaScript, no preload, own partition', async () => {
    const { state, deps } = fakes();
    await createPdfWindowPrinter(deps).print(job.html);
    const { options } = state.windows[0]!;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      partition: PDF_PARTITION,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('serves exactly the document, cancels every other request, denies permissions', async () => {
    const { state, deps, cancelled } = fakes();
    await createPdfWindowPrinter(deps).print(job.html);
    expect(state.served).toHaveLength(1);
    expect(state.served[0]!.url.startsWith(PDF_DOCUMENT_PREFIX)).toBe(true);
    expect(state.served[0]!.body).toBe(job.html);
    // After printing the document address is forgotten: a later load of it is refused too.
    expect(cancelled(state.served[0]!.url)).toBe(true);
    const res = await state.handler!(new Request(state.served[0]!.url));
    expect(res.status).toBe(404);
    let granted: boolean | undefined;
    state.permissionRequest!(null, 'media', (ok: boolean) => {
      granted = ok;
    });
    expect(granted).toBe(false);
    expect(state.permissionCheck!(null, 'clipboard-read')).toBe(false);
  });

  it('destroys the window after printing, also when printing fails', async () => {
    const ok = fakes();
    await createPdfWindowPrinter(ok.deps).print(job.html);
    expect(ok.state.windows[0]!.destroyed).toBe(true);
    const bad = fakes({ failPrint: true });
    await expect(createPdfWindowPrinter(bad.deps).print(job.html)).rejects.toThrow(
      'printing failed',
    );
    expect(bad.state.windows[0]!.destroyed).toBe(true);
  });

  it('saves where the planner chose (adding .pdf), or writes nothing when cancelled', async () => {
    const saved = fakes({ filePath: '/home/p/简报' });
    const outcome = await createPdfWindowPrinter(saved.deps).printer(job);
    expect(outcome).toMatchObject({ kind: 'saved', savedPath: '/home/p/简报.pdf' });
    expect(saved.state.dialogs[0]!.defaultPath).toBe('/home/p/Documents/briefing-x-zh.pdf');
    expect(saved.state.written).toEqual([{ file: '/home/p/简报.pdf', bytes: 13 }]);

    const cancelled = fakes({ canceled: true, filePath: '' });
    expect(await createPdfWindowPrinter(cancelled.deps).printer(job)).toEqual({
      kind: 'cancelled',
    });
    expect(cancelled.state.written).toEqual([]);
    expect(cancelled.state.windows[0]!.destroyed).toBe(true);
  });
});
