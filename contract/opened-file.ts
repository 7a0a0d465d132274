/**
 * The one main → renderer message: a project file the operating system asked the app to open
 * (double-click on a `.trpproj`, "Open with", a second launch with a file). The renderer imports
 * its text through the same validated `project:import` channel as the Import button, conflict
 * dialog included. Plain data only (no zod): the sandboxed preload bundles this file.
 */

/** The file extension registered for the app (package.json build.fileAssociations). */
export const PROJECT_EXTENSION = '.trpproj';

/** The IPC event main sends to the main window. */
export const PROJECT_FILE_OPENED_EVENT = 'project:file-opened';

/** The preload function the renderer subscribes with: `window.planner.onProjectFileOpened(fn)`. */
export const PROJECT_FILE_OPENED_LISTENER = 'onProjectFileOpened';

export interface OpenedProjectFile {
  /** The file's name (not its folder), for messages. */
  fileName: string;
  /** Its text, or null when it could not be read (then `error` says why). */
  text: string | null;
  error: string | null;
}

export function isOpenedProjectFile(value: unknown): value is OpenedProjectFile {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.fileName === 'string' &&
    (typeof v.text === 'string' || v.text === null) &&
    (typeof v.error === 'string' || v.error === null) &&
    (v.text === null) !== (v.error === null)
  );
}
