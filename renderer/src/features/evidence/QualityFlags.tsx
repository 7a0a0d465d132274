import { ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import type { Locale } from '../../../../contract/domain';
import { localized } from '../../i18n/localized';
import { space } from '../../app/spacing';

export interface FlagView {
  rule: string;
  severity: 'info' | 'warning';
  messageZh: string;
  messageEn: string;
}

/** Icon AND word ("注意" / "Caution") so the flag is never carried by colour alone; the message on hover and for screen readers. */
export function QualityFlags({ flags, lang }: { flags: readonly FlagView[]; lang: Locale }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <span style={{ marginLeft: space.xxs }}>
      {flags.map((f) => {
        const message = localized({ zh: f.messageZh, en: f.messageEn }, lang);
        const word = t(`evidence.flag.${f.severity}`);
        return (
          <Tooltip key={f.rule} title={message}>
            <span
              className={`trp-flag trp-flag-${f.severity}`}
              data-testid={`flag-${f.rule}`}
              tabIndex={0}
              aria-label={`${word}: ${message}`}
              style={{
                color:
                  f.severity === 'warning' ? colors.qualityFlag.warning : colors.qualityFlag.info,
                fontSize: 12,
                marginLeft: space.xs,
                whiteSpace: 'nowrap',
              }}
            >
              {f.severity === 'warning' ? <ExclamationCircleOutlined /> : <InfoCircleOutlined />}{' '}
              {word}
            </span>
          </Tooltip>
        );
      })}
    </span>
  );
}
