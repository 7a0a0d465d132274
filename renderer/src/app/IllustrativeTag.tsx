import { Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "示意性假设 / Illustrative assumption": marks a figure the paper does not give (costs), with the
 * explanation on hover and on keyboard focus.
 */
export function IllustrativeTag({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('app.illustrativeHint')}>
      <Tag
        color="orange"
        // antd's orange text (#d46b08) on its tag background is 3.3 : 1; #ad4e00 reaches 5 : 1.
        style={{ whiteSpace: 'normal', color: '#ad4e00', ...style }}
        tabIndex={0}
      >
        {t('app.illustrative')}
      </Tag>
    </Tooltip>
  );
}
