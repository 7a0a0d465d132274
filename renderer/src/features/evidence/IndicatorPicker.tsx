import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import type { IndicatorSummary } from '../../../../contract/evidence';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

const CATEGORY_ORDER = [
  'economy',
  'income',
  'consumption',
  'talent',
  'education',
  'innovation',
  'urban',
];

/** Indicators grouped by category, keyboard-navigable (antd Menu), each with its value count. */
export function IndicatorPicker(props: {
  indicators: readonly IndicatorSummary[];
  selected: string | null;
  lang: Locale;
  onSelect(code: string): void;
}) {
  const { t } = useTranslation();
  const { indicators, selected, lang, onSelect } = props;
  const categories = [...new Set(indicators.map((i) => i.category))].sort(
    (a, b) => (CATEGORY_ORDER.indexOf(a) + 1 || 99) - (CATEGORY_ORDER.indexOf(b) + 1 || 99),
  );
  return (
    <nav
      aria-label={t('evidence.indicatorList')}
      style={{ maxHeight: 'calc(100vh - 190px)', overflow: 'auto' }}
    >
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={(e) => onSelect(e.key)}
        style={{ borderInlineEnd: 'none', fontSize: 12 }}
        items={categories.map((c) => ({
          type: 'group' as const,
          key: `cat-${c}`,
          label: CATEGORY_ORDER.includes(c)
            ? t(`evidence.categories.${c}`)
            : t('evidence.categories.other'),
          children: indicators
            .filter((i) => i.category === c)
            .map((i) => ({
              key: i.code,
              title: localName(i, lang),
              'data-testid': `indicator-${i.code}`,
              // Long names wrap instead of being cut: the consumption parts differ only at the end.
              style: {
                height: 'auto',
                lineHeight: 1.35,
                whiteSpace: 'normal',
                paddingBlock: space.xxs,
              },
              label: `${localName(i, lang)} (${i.observations})`,
            })),
        }))}
      />
    </nav>
  );
}
