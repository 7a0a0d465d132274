import { Alert } from 'antd';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseRecovery } from '../../../electron/contract/channels';
import { call } from '../api/client';

/**
 * Tells the planner when the host had to restore the database from a backup on open (app:info →
 * recovery): what is in use now and where the damaged file was kept. Renders nothing otherwise.
 */
export const RecoveryNotice = memo(function RecoveryNotice() {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState<DatabaseRecovery | null>(null);

  useEffect(() => {
    let live = true;
    call('app:info', {}).then(
      (info) => {
        if (live) setRecovery(info.recovery);
      },
      // app:info failing is reported by the screens' own loads; this notice is only extra.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!recovery) return null;
  const lines = [
    recovery.restoredFrom === null
      ? t('recovery.fresh')
      : t('recovery.restored', { backup: recovery.restoredFrom }),
    t('recovery.kept', { path: recovery.damagedPath }),
    recovery.problems.length > 0
      ? t('recovery.problems', { problems: recovery.problems.slice(0, 3).join('; ') })
      : '',
  ].filter(Boolean);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      closable
      data-testid="recovery-notice"
      title={t('recovery.title')}
      description={
        <div>
          {lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      }
      style={{ margin: '8px 16px 0' }}
    />
  );
});
