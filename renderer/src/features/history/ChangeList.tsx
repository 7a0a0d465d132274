import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import type { AuditEntry } from '../../../../contract/history';
import { phraseChange } from './change-text';

/** One edit from the CLI or an import can change dozens of values; the rest opens on request. */
export const SHOWN_CHANGES = 12;

/** An audit entry's changes, one sentence per line; a long list shows its first few. */
export function ChangeList({ entry, lang }: { entry: AuditEntry; lang: Locale }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = entry.changes.length > SHOWN_CHANGES + 1;
  const shown = long && !open ? entry.changes.slice(0, SHOWN_CHANGES) : entry.changes;
  const listId = `trp-audit-changes-${entry.id}`;
  return (
    <>
      <ul className="trp-change-list" id={listId} data-testid={`audit-change-${entry.id}`}>
        {shown.map((c, k) => (
          <li key={k}>{phraseChange(t, lang, c)}</li>
        ))}
      </ul>
      {long && (
        <Button
          type="link"
          size="small"
          className="trp-change-more"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          data-testid={`audit-change-more-${entry.id}`}
        >
          {open
            ? t('history.audit.showFewer')
            : t('history.audit.showAll', { n: entry.changes.length })}
        </Button>
      )}
    </>
  );
}
