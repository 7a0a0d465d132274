import { Popover, theme, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactCell, Locale } from '../../../../contract/domain';
import { formatSigned } from '../../format/number';
import { impactColors, levelOf } from '../../model/impact-scale';
import { ILLUSTRATIVE_STYLE } from '../../app/IllustrativeTag';
import { provenanceShort, provenanceText } from '../../app/provenance';
import { ImpactEditor } from './ImpactEditor';
import { localized, otherLocale } from '../../i18n/localized';

interface Props {
  cell: ImpactCell;
  measureName: string;
  causeName: string;
  lang: Locale;
  onSave(value: { low: number; likely: number; high: number }): Promise<void>;
}

/**
 * One matrix cell: a focusable button coloured by the likely value AND labelled with level and
 * number (colour is never the only carrier). Hover/focus shows the rationale; Enter/click edits.
 */
export function ImpactCellButton({ cell, measureName, causeName, lang, onSave }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const level = t(`scale.${levelOf(cell.likely)}`);
  const value = formatSigned(lang, cell.likely);
  const colors = impactColors(cell.likely);
  const hasRange = cell.low !== cell.likely || cell.high !== cell.likely;
  const rationales = { zh: cell.rationaleZh, en: cell.rationaleEn };
  const rationale = localized(rationales, lang);
  const rationaleOther = localized(rationales, otherLocale(lang));
  const provenance = provenanceText(t, lang, cell.provenance);

  const close = () => {
    setEditing(false);
    buttonRef.current?.focus();
  };

  const tip = (
    <div style={{ maxWidth: 320 }}>
      <div>
        <strong>
          {measureName} → {causeName}
        </strong>
      </div>
      <div>
        {level} {value}
        {hasRange &&
          ` · ${t('impacts.range')} ${formatSigned(lang, cell.low)} … ${formatSigned(lang, cell.high)}`}
      </div>
      {rationale && (
        <div style={{ marginTop: token.marginXXS }}>
          {t('impacts.rationale')}: {rationale}
          {rationaleOther && <div style={{ opacity: 0.75 }}>{rationaleOther}</div>}
        </div>
      )}
      <div style={{ marginTop: token.marginXXS }}>
        {t('impacts.source')}: {cell.source || t('impacts.plannerSet')}
      </div>
      <div style={{ marginTop: token.marginXXS }}>
        {t('impacts.provenance')}: {provenance}
      </div>
    </div>
  );

  return (
    <Popover
      open={editing}
      onOpenChange={(open) => (open ? setEditing(true) : close())}
      trigger="click"
      destroyOnHidden
      content={
        <ImpactEditor
          cell={cell}
          lang={lang}
          title={t('impacts.editTitle', { measure: measureName, cause: causeName })}
          onSave={onSave}
          onClose={close}
        />
      }
    >
      <Tooltip
        title={tip}
        trigger={['hover', 'focus']}
        open={editing ? false : undefined}
        mouseEnterDelay={0.3}
      >
        <button
          ref={buttonRef}
          type="button"
          className="trp-impact-cell"
          style={colors}
          aria-haspopup="dialog"
          aria-label={t('impacts.cellLabel', {
            measure: measureName,
            cause: causeName,
            level,
            value,
            mark: provenanceShort(t, cell.provenance),
            provenance,
          })}
          data-testid={`impact-cell-${cell.measureId}-${cell.causeId}`}
          data-value={cell.likely}
          data-provenance={cell.provenance.kind}
        >
          <div>{level}</div> <div style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</div>{' '}
          <div
            className="trp-provenance-mark"
            style={cell.provenance.kind === 'default' ? ILLUSTRATIVE_STYLE : undefined}
          >
            {provenanceShort(t, cell.provenance)}
          </div>
        </button>
      </Tooltip>
    </Popover>
  );
}
