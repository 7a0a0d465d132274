import { Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The tag's look without the tag, for places that cannot hold a focusable element (inside a
 * matrix cell's button): antd's orange tag colours, with the text darkened to #ad4e00 because
 * antd's #d46b08 on the tag background is 3.3 : 1 and #ad4e00 reaches 5 : 1.
 */
export const ILLUSTRATIVE_STYLE: CSSProperties = {
  color: '#ad4e00',
  background: '#fff7e6',
  border: '1px solid #ffd591',
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
      <Tag color="orange" style={{ whiteSpace: 'normal', color: '#ad4e00', ...style }} tabIndex={0}>
        {label ?? t('app.illustrative')}
      </Tag>
    </Tooltip>
  );
}
