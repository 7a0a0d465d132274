import { Alert } from 'antd';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Response } from '../../../contract/channels';
import { call } from '../api/client';
import { space } from './spacing';

type Info = Response<'app:info'>;
type Recovery = NonNullable<Info['recovery']>;
type ReadOnly = NonNullable<Info['readOnly']>;

/** How old a copy taken at `iso` is, in the largest sensible unit. */
function age(t: TFunction, iso: string, now: number): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  if (minutes < 120) return t('recovery.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('recovery.hours', { n: hours });
  return t('recovery.days', { n: Math.round(hours / 24) });
}

function recoveryLines(t: TFunction, r: Recovery): string[] {
  return [
    r.restoredFrom !== null && r.backupTakenAt !== null
      ? t('recovery.restored', {
          backup: r.restoredFrom,
          at: new Date(r.backupTakenAt).toLocaleString(),
          age: age(t, r.backupTakenAt, Date.now()),
        })
      : t('recovery.fresh'),
    r.damagedPath === null
      ? t('recovery.nothingKept')
      : t('recovery.kept', { path: r.damagedPath }),
    r.problems.length > 0
      ? t('recovery.problems', { problems: r.problems.slice(0, 3).join('; ') })
      : '',
  ].filter(Boolean);
}

function readOnlyLines(t: TFunction, r: ReadOnly): string[] {
  return [
    t(r.reason === 'read-only-file' ? 'recovery.readOnlyFile' : 'recovery.readOnlyFolder', {
      file: r.file,
    }),
    r.snapshot ? t('recovery.readOnlySnapshot', { path: r.snapshot }) : '',
  ].filter(Boolean);
}

const TITLE: Record<Recovery['kind'], string> = {
  damaged: 'recovery.title',
  empty: 'recovery.titleEmpty',
  missing: 'recovery.titleMissing',
};

function Notice({ id, title, lines }: { id: string; title: string; lines: string[] }) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      closable
      data-testid={id}
      title={title}
      description={
        <div>
          {lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      }
      style={{ margin: `${space.xs}px ${space.md}px 0` }}
    />
  );
}

/**
 * Tells the planner when the host had to recover the database on open (damaged, empty or missing
 * file: which backup is in use, how old it is, where the original was kept) and when it could only
 * open it read-only (which file, why, what to do). Renders nothing otherwise.
 */
export const RecoveryNotice = memo(function RecoveryNotice() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<Pick<Info, 'recovery' | 'readOnly'> | null>(null);

  useEffect(() => {
    let live = true;
    call('app:info', {}).then(
      (reply) => {
        if (live) setInfo({ recovery: reply.recovery, readOnly: reply.readOnly });
      },
      // app:info failing is reported by the screens' own loads; this notice is only extra.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      {info?.readOnly && (
        <Notice
          id="read-only-notice"
          title={t('recovery.readOnlyTitle')}
          lines={readOnlyLines(t, info.readOnly)}
        />
      )}
      {info?.recovery && (
        <Notice
          id="recovery-notice"
          title={t(TITLE[info.recovery.kind])}
          lines={recoveryLines(t, info.recovery)}
        />
      )}
    </>
  );
});
