/**
 * Electron's briefing printer: the HTML is loaded into a hidden, sandboxed window with JavaScript
 * off and no preload, in its own in-memory session that refuses every request except the document
 * itself and its inline data: fonts, then printed with printToPDF (A4) and saved where the planner
 * chooses. The document is served from app://planner/__briefing-print/<n>.html on that session
 * only, because the Chinese briefing with its embedded fonts (~1.7 MB) is too long for a data: URL
 * navigation (Chromium caps URLs at 2 MB). Electron objects are injected, so the test uses fakes.
 */
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Protocol,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import path from 'node:path';
import type { BriefingPrinter } from '../services/briefing.service';
import { APP_ORIGIN_URL } from './security-policy';

/** Not "persist:…": the session lives in memory and keeps nothing on disk. */
export const PDF_PARTITION = 'pdf';
export const PDF_DOCUMENT_PREFIX = `${APP_ORIGIN_URL}__briefing-print/`;

export function pdfWindowWebPreferences(): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // The briefing is static markup and SVG: nothing in it needs a script.
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    partition: PDF_PARTITION,
  };
}

/** Only the document being printed and data: URLs (its inline fonts and images). */
export function isPdfRequestAllowed(url: string, documentUrls: ReadonlySet<string>): boolean {
  return documentUrls.has(url) || url.startsWith('data:');
}

export type PdfSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  protocol: Pick<Protocol, 'handle'>;
};

export type PdfWindow = Pick<BrowserWindow, 'loadURL' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<WebContents, 'printToPDF'>;
};

export interface PdfWindowDeps {
  /** `new BrowserWindow(options)` */
  createWindow(options: BrowserWindowConstructorOptions): PdfWindow;
  /** `session.fromPartition(PDF_PARTITION)` */
  session: PdfSession;
  /** `dialog.showSaveDialog(mainWindow, options)` */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(file: string, data: Buffer): Promise<void>;
  /** Where the save dialog opens, e.g. app.getPath('documents'). */
  defaultDir(): string;
}

export interface PdfWindowPrinter {
  /** HTML → PDF bytes in the hidden window (exported for the test and a future bench). */
  print(html: string): Promise<Buffer>;
  /** The service's printer: print, then the save dialog. */
  printer: BriefingPrinter;
}

/** Installs the session policy once and returns the printer; call after app 'ready'. */
export function createPdfWindowPrinter(deps: PdfWindowDeps): PdfWindowPrinter {
  const documents = new Map<string, string>();
  const documentUrls = new Set<string>();
  let counter = 0;
  const ses = deps.session;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isPdfRequestAllowed(details.url, documentUrls) });
  });
  ses.protocol.handle('app', (request) => {
    const html = documents.get(request.url);
    return html === undefined
      ? new Response('', { status: 404 })
      : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  });

  async function print(html: string): Promise<Buffer> {
    counter += 1;
    const url = `${PDF_DOCUMENT_PREFIX}${counter}.html`;
    documents.set(url, html);
    documentUrls.add(url);
    const win = deps.createWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: pdfWindowWebPreferences(),
    });
    try {
      await win.loadURL(url);
      return await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        // The footer with "page x of y" is inside each page (briefing-css.ts), in the bundled fonts.
        displayHeaderFooter: false,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
    } finally {
      documents.delete(url);
      documentUrls.delete(url);
      if (!win.isDestroyed()) win.destroy();
    }
  }

  const printer: BriefingPrinter = async ({ html, fileName }) => {
    const pdf = await print(html);
    const choice = await deps.showSaveDialog({
      defaultPath: path.join(deps.defaultDir(), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || choice.filePath === '') return { kind: 'cancelled' };
    const target = choice.filePath.toLowerCase().endsWith('.pdf')
      ? choice.filePath
      : `${choice.filePath}.pdf`;
    await deps.writeFile(target, pdf);
    return { kind: 'saved', pdf, savedPath: target };
  };

  return { print, printer };
}
