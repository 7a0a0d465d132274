import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import type { CoreClass } from '../../../../engine/robustness';
import { formatPercent } from '../../format/number';
import type { CoreRow } from './core-model';
import { ShareBar } from './ShareBar';
import { space } from '../../app/spacing';

interface Props {
  rows: CoreRow[];
  lang: Locale;
  measureName(id: string): string;
}

/**
 * The class is always written as a word; colours only repeat it. Label text is dark on a pale
 * ground (contrast above 7:1), which antd's coloured tags do not reach.
 */
const CLASS_STYLE: Record<CoreClass, { bar: string; text: string; ground: string }> =
  colors.coreClass;

/** Each measure's robust-portfolio core index: a bar, the share as a number and its class in words. */
export function CoreIndexView({ rows, lang, measureName }: Props) {
  const { t } = useTranslation();
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="rpm-core">
      {rows.map((r) => {
        const share = formatPercent(lang, r.share, 0);
        const cls = t(`robustness.class_${r.coreClass}`);
        return (
          <li
            key={r.measureId}
            data-core-class={r.coreClass}
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(120px, 300px) minmax(60px, 1fr) 56px 96px',
              gap: space.xs,
              alignItems: 'center',
              marginBottom: space.xxs,
            }}
          >
            <span className="trp-sr-only">
              {t('robustness.rpmSentence', {
                name: `${r.measureId} ${measureName(r.measureId)}`,
                share,
                cls,
              })}
            </span>
            <span
              aria-hidden="true"
              title={measureName(r.measureId)}
              style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {r.measureId} · {measureName(r.measureId)}
            </span>
            <ShareBar share={r.share} fill={CLASS_STYLE[r.coreClass].bar} />
            <span
              aria-hidden="true"
              style={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}
            >
              {share}
            </span>
            <span
              aria-hidden="true"
              style={{
                color: CLASS_STYLE[r.coreClass].text,
                background: CLASS_STYLE[r.coreClass].ground,
                border: `1px solid ${CLASS_STYLE[r.coreClass].bar}`,
                borderRadius: 4,
                padding: `0 ${space.xs}px`,
                justifySelf: 'start',
              }}
            >
              {cls}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
