import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReply } from '../../../../contract/project-file';
import { call } from '../../api/client';
import { ApiError, toApiError } from '../../api/api-error';
import { onOpenedProjectFile, takeOpenedProjectFile } from '../../api/opened-files';

type Conflicts = Extract<ImportReply, { status: 'conflicts' }>;
type Policy = 'rename' | 'replace' | 'skip';

interface Props {
  selectedIds: number[];
  onDone(message: string): void;
  onError(error: ApiError): void;
}

/** Saves text as a file through the browser's download (works in Electron and the browser shell alike). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the project (or the ticked scenarios) and import a project file, asking before any overwrite. */
export function ProjectFileButtons({ selectedIds, onDone, onError }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ text: string; conflicts: Conflicts } | null>(null);

  const exportFile = async (ids?: number[]) => {
    try {
      const r = await call('project:export', ids ? { scenarioIds: ids } : {});
      download(r.text, r.fileName);
      onDone(t('scenarios.exported', { count: r.scenarioCount }));
    } catch (e) {
      onError(toApiError(e));
    }
  };

  const importText = async (text: string, onConflict?: Policy) => {
    try {
      const r = await call('project:import', onConflict ? { text, onConflict } : { text });
      if (r.status === 'conflicts') {
        setPending({ text, conflicts: r });
        return;
      }
      setPending(null);
      const skipped = r.skipped.length
        ? ` · ${t('scenarios.importSkipped', { n: r.skipped.length })}`
        : '';
      onDone(t('scenarios.imported', { count: r.imported.length }) + skipped);
    } catch (e) {
      setPending(null);
      onError(toApiError(e));
    }
  };

  // A .trpproj opened from the file manager takes the same path as the Import button. One at a
  // time: while the name-clash question is open, the next file waits.
  const busy = pending !== null;
  useEffect(() => {
    if (busy) return undefined;
    return onOpenedProjectFile(() => {
      const file = takeOpenedProjectFile();
      if (!file) return;
      if (file.text === null) onError(new ApiError('invalid-request', file.error ?? '', 'file'));
      else void importText(file.text);
    });
    // importText and onError are re-created each render; subscribing once per idle period is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [busy]);

  return (
    <Space wrap>
      <Button
        icon={<DownloadOutlined />}
        data-testid="export-project"
        onClick={() => void exportFile()}
      >
        {t('scenarios.exportAll')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        data-testid="export-selected"
        disabled={selectedIds.length === 0}
        onClick={() => void exportFile(selectedIds)}
      >
        {t('scenarios.exportSelected')}
      </Button>
      <Button
        icon={<UploadOutlined />}
        data-testid="import-project"
        onClick={() => input.current?.click()}
      >
        {t('scenarios.import')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".trpproj,.json,application/json"
        aria-label={t('scenarios.importFile')}
        data-testid="project-import-file"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => importText(text));
        }}
      />
      <Modal
        open={pending !== null}
        title={t('scenarios.conflictTitle')}
        onCancel={() => setPending(null)}
        footer={
          pending && (
            <Space wrap>
              <Button onClick={() => setPending(null)}>{t('scenarios.cancel')}</Button>
              <Button
                data-testid="conflict-skip"
                onClick={() => void importText(pending.text, 'skip')}
              >
                {t('scenarios.conflictSkip')}
              </Button>
              <Button
                danger
                data-testid="conflict-replace"
                onClick={() => void importText(pending.text, 'replace')}
              >
                {t('scenarios.conflictReplace')}
              </Button>
              <Button
                type="primary"
                data-testid="conflict-rename"
                onClick={() => void importText(pending.text, 'rename')}
              >
                {t('scenarios.conflictRename')}
              </Button>
            </Space>
          )
        }
      >
        {pending &&
          t('scenarios.conflictIntro', {
            count: pending.conflicts.conflicts.length,
            names: pending.conflicts.conflicts.map((c) => `“${c.name}”`).join('、'),
          })}
      </Modal>
    </Space>
  );
}
