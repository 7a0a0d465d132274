import { Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { colors } from './theme';

/**
 * The tag's look without the tag, for places that cannot hold a focusable element (inside a
 * matrix cell's button): antd's orange tag colours with the text darkened for contrast.
 */
export const ILLUSTRATIVE_STYLE: CSSProperties = {
  color: colors.illustrative.text,
  background: colors.illustrative.ground,
  border: `1px solid ${colors.illustrative.border}`,
  borderRadius: 4,
};

interface Props {
  style?: CSSProperties;
  /** Default "示意性假设 / Illustrative assumption". */
  label?: string;
  /** Default: the costs' explanation (the paper gives no cost). */
  hint?: string;
}

/**
 * Marks a figure that is a shipped illustrative default, with the explanation on hover and on
 * keyboard focus.
 */
export function IllustrativeTag({ style, label, hint }: Props) {
  const { t } = useTranslation();
  return (
    <Tooltip title={hint ?? t('app.illustrativeHint')}>
      <Tag
        color="orange"
        style={{ whiteSpace: 'normal', color: colors.illustrative.text, ...style }}
        tabIndex={0}
      >
        {label ?? t('app.illustrative')}
      </Tag>
    </Tooltip>
  );
}
