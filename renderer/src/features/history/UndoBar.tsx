import { RedoOutlined, UndoOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, theme, Tooltip, Typography } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import type { EditSummary } from '../../../../contract/history';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { SettingsDialog } from '../settings/SettingsDialog';
import { editLabel, isTypingTarget, undoKeyOf } from './edit-label';

/**
 * Global undo/redo (buttons + Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere except inside a text
 * field) and the user-name button. Says in words what was undone, for sighted and screen-reader
 * users alike.
 */
export const UndoBar = memo(function UndoBar() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const lang: Locale = i18n.language === 'en' ? 'en' : 'zh';
  // Both re-read after every completed write (undo/redo included), so the buttons always say
  // what Ctrl+Z would do next.
  const { data: state, error: stateError } = useQuery('edits:state', {});
  const settings = useQuery('settings:get', {});
  // Kept structured, not as text, so the message follows a language switch.
  const [last, setLast] = useState<{ which: 'undo' | 'redo'; done: EditSummary | null } | null>(
    null,
  );
  const [runError, setRunError] = useState<ApiError | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = useRef(false);
  const user = settings.data?.userName ?? '';
  const error = runError ?? stateError ?? settings.error;

  const run = useCallback(async (which: 'undo' | 'redo') => {
    // One at a time: a held-down Ctrl+Z must not race two undos against each other.
    if (busy.current) return;
    busy.current = true;
    try {
      const r = await call(which === 'undo' ? 'edits:undo' : 'edits:redo', {});
      setRunError(null);
      setLast({ which, done: r.done });
    } catch (e) {
      setRunError(toApiError(e));
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = undoKeyOf(e);
      if (!which || isTypingTarget(e.target)) return;
      e.preventDefault();
      void run(which);
    };
    globalThis.addEventListener('keydown', onKey);
    return () => globalThis.removeEventListener('keydown', onKey);
  }, [run]);

  const undoTitle = state?.undo
    ? t('history.undo.undoTitle', { what: editLabel(t, lang, state.undo) })
    : t('history.undo.nothingToUndo');
  const redoTitle = state?.redo
    ? t('history.undo.redoTitle', { what: editLabel(t, lang, state.redo) })
    : t('history.undo.nothingToRedo');

  const announce = !last
    ? ''
    : last.done
      ? t(last.which === 'undo' ? 'history.undo.undone' : 'history.undo.redone', {
          what: editLabel(t, lang, last.done),
        })
      : t(last.which === 'undo' ? 'history.undo.nothingToUndo' : 'history.undo.nothingToRedo');

  return (
    <div
      role="toolbar"
      aria-label={t('history.undo.toolbar')}
      data-testid="undo-bar"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: token.marginSM,
        padding: `${token.paddingXXS}px ${token.padding}px`,
        background: colors.subtleGround,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Space size={4}>
        <Tooltip title={undoTitle}>
          <Button
            icon={<UndoOutlined />}
            data-testid="undo-button"
            aria-label={undoTitle}
            disabled={!state?.canUndo}
            onClick={() => void run('undo')}
          >
            {t('history.undo.undo')}
          </Button>
        </Tooltip>
        <Tooltip title={redoTitle}>
          <Button
            icon={<RedoOutlined />}
            data-testid="redo-button"
            aria-label={redoTitle}
            disabled={!state?.canRedo}
            onClick={() => void run('redo')}
          >
            {t('history.undo.redo')}
          </Button>
        </Tooltip>
      </Space>
      <Typography.Text
        aria-live="polite"
        data-testid="undo-status"
        className="trp-secondary"
        style={{ flex: 1, minWidth: 0 }}
        ellipsis
      >
        {announce}
      </Typography.Text>
      {error && <ErrorAlert error={error} />}
      <Button
        icon={<UserOutlined />}
        type="text"
        data-testid="settings-open"
        onClick={() => setSettingsOpen(true)}
      >
        {t('settings.open', { name: user || '—' })}
      </Button>
      <SettingsDialog open={settingsOpen} current={user} onClose={() => setSettingsOpen(false)} />
    </div>
  );
});
