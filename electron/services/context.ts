import type { RecoveryReport } from '../../db/durability/backups';
import type { ReadOnlyReport } from '../../db/durability/read-only';
import type { Locale } from '../../contract/domain';
import type { BriefingPrinter } from './briefing.service';

/** Which program is serving the contract; reported by app:info and written to the logs. */
export type HostKind = 'electron' | 'browser-shell' | 'cli';

/** What a service needs to know about the host it runs in (the same services run in all three). */
export interface HostContext {
  /** Folder holding planner.sqlite3, backups/ and logs/ (TRP_DATA_DIR or the OS app-data folder). */
  dataDir: string;
  /** The app's version (package.json), shown in app:info and the briefing footer. */
  version: string;
  host: HostKind;
  /** The UI language the system suggests; the renderer may override it. */
  systemLocale: Locale;
  /** The OS user name, recorded in the edit log as "who changed what". */
  user: string;
  /** Set when opening restored the database from a backup; app:info passes it to the renderer. */
  databaseRecovery?: RecoveryReport | null;
  /** Set when the database could only be opened read-only; app:info passes it to the renderer. */
  databaseReadOnly?: ReadOnlyReport | null;
  /** How briefing:export turns HTML into a PDF for the planner (briefing.service.ts); without one, export fails. */
  briefingPrinter?: BriefingPrinter;
}

/** 'zh-CN', 'zh_TW.UTF-8', 'zh' → zh; anything else → en (the product is Chinese first only by choice of the user's system). */
export function localeFromTag(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^zh(?:[-_.@]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}
