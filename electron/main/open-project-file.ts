/**
 * Project files the operating system hands the app: on macOS an `open-file` event (also before
 * 'ready', on the launch that the double-click started); on Windows and Linux the command line of
 * the first launch, or of a second launch that the single-instance lock turns into
 * 'second-instance' with that launch's argv and working folder. Pure Node, so the extraction and
 * the reading are tested without Electron; electron/main/index.ts only wires them.
 */
import { bilingual } from '../../contract/bilingual';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PROJECT_FILE_BYTES } from '../../contract/project-file';
import { PROJECT_EXTENSION, type OpenedProjectFile } from '../../contract/opened-file';

/**
 * The project files named on a command line, as absolute paths, each once. argv[0] is the
 * executable; Chromium and Electron switches (`--…`) and the app folder of a development launch
 * (`electron .`) are not files we were asked to open. Linux desktop files may pass `file://` URLs.
 */
export function projectFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let file = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!file.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    const absolute = path.resolve(cwd, file);
    if (!out.includes(absolute)) out.push(absolute);
  }
  return out;
}

/** Reads an opened project file for the renderer: its text, or a bilingual reason it cannot be. */
export async function readOpenedProjectFile(file: string): Promise<OpenedProjectFile> {
  const fileName = path.basename(file);
  const fail = (error: string): OpenedProjectFile => ({ fileName, text: null, error });
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail(bilingual(`不是文件`, `not a file: ${file}`));
    if (stat.size > MAX_PROJECT_FILE_BYTES) {
      const mb = MAX_PROJECT_FILE_BYTES / (1024 * 1024);
      return fail(bilingual(`项目文件超过 ${mb} MB`, `the project file exceeds ${mb} MB: ${file}`));
    }
    const bytes = await fs.readFile(file);
    try {
      return {
        fileName,
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
        error: null,
      };
    } catch {
      return fail(bilingual(`不是 UTF-8 文本`, `not UTF-8 text: ${file}`));
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(
      code === 'ENOENT'
        ? bilingual(`文件不存在`, `the file does not exist: ${file}`)
        : bilingual(`无法读取文件`, `cannot read the file: ${file}`),
    );
  }
}

/**
 * Holds opened files until the main window can take them (a double-click can start the app, and
 * macOS sends open-file before the window exists), then hands each over once.
 */
export class OpenedFileQueue {
  private readonly pending: string[] = [];
  private deliver: ((file: string) => void) | null = null;

  add(files: readonly string[]): void {
    for (const file of files) {
      if (this.deliver) this.deliver(file);
      else if (!this.pending.includes(file)) this.pending.push(file);
    }
  }

  /** From now on, files go straight to `deliver`; the ones waiting go first. */
  open(deliver: (file: string) => void): void {
    this.deliver = deliver;
    for (const file of this.pending.splice(0)) deliver(file);
  }

  /** The window went away (closed, or reloading): hold files again. */
  close(): void {
    this.deliver = null;
  }
}
