import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { formatNumber } from '../../format/number';

export type SeverityLevel = 'low' | 'mid' | 'high';

/** Thirds of [0, 1]: a word for the level so colour is never the only carrier of meaning. */
export function severityLevel(severity: number): SeverityLevel {
  if (severity < 1 / 3) return 'low';
  return severity < 2 / 3 ? 'mid' : 'high';
}

const COLOURS: Record<SeverityLevel, string> = { low: 'green', mid: 'orange', high: 'red' };

interface Props {
  /** In [0, 1], or null when no linked indicator has comparable figures. */
  severity: number | null;
  /** False when the cause has no linked indicator at all ("no indicator yet"). */
  linked?: boolean;
  lang: Locale;
  /** Optional explanation (e.g. the indicators behind it) shown on hover. */
  detail?: string;
}

/**
 * The regional severity of one cause as a compact tag ("严重程度 0.42 · 中"), for the severity
 * panel and for the lead to drop into the weights table beside each cause's weight.
 */
export function SeverityBadge({ severity, linked = true, lang, detail }: Props) {
  const { t } = useTranslation();
  if (severity === null) {
    return (
      <Tag data-testid="severity-badge" data-level={linked ? 'none' : 'no-indicator'}>
        {t(linked ? 'evidence.severity.badgeNone' : 'evidence.severity.badgeNoIndicator')}
      </Tag>
    );
  }
  const level = severityLevel(severity);
  const text = `${t('evidence.severity.badge', { value: formatNumber(lang, severity, 2) })} · ${t(`evidence.severity.level.${level}`)}`;
  const tag = (
    <Tag color={COLOURS[level]} data-testid="severity-badge" data-level={level}>
      {text}
    </Tag>
  );
  return detail ? <Tooltip title={detail}>{tag}</Tooltip> : tag;
}
