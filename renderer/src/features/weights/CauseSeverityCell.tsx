import { Popover, Typography } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { LinkIndicatorDialog, LinkIndicatorTrigger } from '../severity/LinkIndicatorDialog';
import { SeverityBadge } from '../severity/SeverityBadge';
import { severityIndicatorLines, type SeverityCauseRow } from '../severity/severity-text';
import { space } from '../../app/spacing';

interface Props {
  causeName: string;
  row: SeverityCauseRow | undefined;
  regionCode: string;
  lang: Locale;
  regionName(code: string): string;
}

/** A cause's severity badge; a click (or Enter) opens the indicators behind it. */
export const CauseSeverityCell = memo(function CauseSeverityCell({
  causeName,
  row,
  regionCode,
  lang,
  regionName,
}: Props) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState(false);
  if (!row) return <SeverityBadge severity={null} lang={lang} />;
  // One dialog for both states below: linking the first indicator must not close it.
  const dialog = (
    <LinkIndicatorDialog
      row={row}
      causeName={causeName}
      lang={lang}
      open={linking}
      onClose={() => setLinking(false)}
    />
  );
  const trigger = (
    <LinkIndicatorTrigger row={row} causeName={causeName} onOpen={() => setLinking(true)} />
  );
  // No indicator yet: say so, and offer to link one right here.
  if (row.indicators.length === 0)
    return (
      <>
        <span data-testid={`weight-severity-${row.causeId}`}>
          <SeverityBadge severity={null} linked={false} lang={lang} />
          {trigger}
        </span>
        {dialog}
      </>
    );
  const lines = severityIndicatorLines(t, lang, row);
  const popover = (
    <Popover
      trigger="click"
      title={t('weightsSeverity.basedOn', { name: causeName, region: regionName(regionCode) })}
      content={
        <div style={{ maxWidth: 420 }}>
          <ul style={{ margin: 0, paddingInlineStart: space.md }}>
            {lines.map((line) => (
              <li key={line}>
                <Typography.Text style={{ fontSize: 12 }}>{line}</Typography.Text>
              </li>
            ))}
          </ul>
          {trigger}
        </div>
      }
    >
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid={`weight-severity-${row.causeId}`}
        style={{ border: 0, background: 'none', padding: 0, cursor: 'pointer' }}
      >
        <SeverityBadge severity={row.severity} lang={lang} />
        <span className="trp-sr-only">{t('weightsSeverity.details', { name: causeName })}</span>
      </button>
    </Popover>
  );
  return (
    <>
      {popover}
      {dialog}
    </>
  );
});
