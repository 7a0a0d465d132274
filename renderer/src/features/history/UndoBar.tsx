import { RedoOutlined, UndoOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditSummary, UndoState } from '../../../../electron/contract/workflow';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { SettingsDialog } from '../settings/SettingsDialog';
import { editLabel, isTypingTarget, undoKeyOf } from './edit-label';
import { notifyEditsChanged, onEditsChanged } from './edits-events';

interface Props {
  /** Changes whenever the open scenario was saved (its updatedAt), so "what undo would do" stays current. */
  changeKey: string | undefined;
  /** Re-read the open scenario and the scenario list after undo/redo changed stored data. */
  onDataChanged(): void;
}

/**
 * Global undo/redo (buttons + Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere except inside a text
 * field) and the user-name button. Says in words what was undone, for sighted and screen-reader
 * users alike.
 */
export const UndoBar = memo(function UndoBar({ changeKey, onDataChanged }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<UndoState | null>(null);
  // Kept structured, not as text, so the message follows a language switch.
  const [last, setLast] = useState<{ which: 'undo' | 'redo'; done: EditSummary | null } | null>(
    null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [user, setUser] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = useRef(false);

  const refresh = useCallback(() => {
    call('edits:state', {})
      .then(setState)
      .catch((e: unknown) => setError(toApiError(e)));
  }, []);

  useEffect(refresh, [refresh, changeKey]);
  useEffect(() => onEditsChanged(refresh), [refresh]);
  useEffect(() => {
    call('settings:get', {})
      .then((s) => setUser(s.userName))
      .catch((e: unknown) => setError(toApiError(e)));
  }, []);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      // One at a time: a held-down Ctrl+Z must not race two undos against each other.
      if (busy.current) return;
      busy.current = true;
      try {
        const r = await call(which === 'undo' ? 'edits:undo' : 'edits:redo', {});
        setState(r.state);
        setError(null);
        setLast({ which, done: r.done });
        if (r.done) {
          onDataChanged();
          notifyEditsChanged();
        }
      } catch (e) {
        setError(toApiError(e));
      } finally {
        busy.current = false;
      }
    },
    [onDataChanged],
  );

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
    ? t('workflow.undo.undoTitle', { what: editLabel(t, state.undo) })
    : t('workflow.undo.nothingToUndo');
  const redoTitle = state?.redo
    ? t('workflow.undo.redoTitle', { what: editLabel(t, state.redo) })
    : t('workflow.undo.nothingToRedo');

  const announce = !last
    ? ''
    : last.done
      ? t(last.which === 'undo' ? 'workflow.undo.undone' : 'workflow.undo.redone', {
          what: editLabel(t, last.done),
        })
      : t(last.which === 'undo' ? 'workflow.undo.nothingToUndo' : 'workflow.undo.nothingToRedo');

  return (
    <div
      role="toolbar"
      aria-label={t('workflow.undo.toolbar')}
      data-testid="undo-bar"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '4px 16px',
        background: '#fafafa',
        borderBottom: '1px solid #f0f0f0',
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
            {t('workflow.undo.undo')}
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
            {t('workflow.undo.redo')}
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
        {t('workflow.settings.open', { name: user || '—' })}
      </Button>
      <SettingsDialog
        open={settingsOpen}
        current={user}
        onClose={(saved) => {
          setSettingsOpen(false);
          if (saved !== undefined) setUser(saved);
        }}
      />
    </div>
  );
});
