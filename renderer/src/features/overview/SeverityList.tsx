import { theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import type { SeverityResult } from '../../../../contract/evidence';
import { SeverityBadge } from '../severity/SeverityBadge';
import { localName } from '../../i18n/localized';

interface Props {
  severity: SeverityResult;
  lang: Locale;
}

/** The causes, most severe first (unknown last), each with its regional severity badge. */
export function SeverityList({ severity, lang }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const causes = [...severity.causes].sort(
    (a, b) => (b.severity ?? -1) - (a.severity ?? -1) || a.causeId.localeCompare(b.causeId),
  );
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('overview.severity.meaning')}
      </Typography.Paragraph>
      <ul
        aria-label={t('overview.severity.listLabel')}
        data-testid="overview-severity"
        style={{ margin: 0, padding: 0 }}
      >
        {causes.map((c) => (
          <li
            key={c.causeId}
            data-testid={`overview-severity-${c.causeId}`}
            style={{
              listStyle: 'none',
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: token.marginXXS,
              padding: `${token.paddingXXS}px 0`,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <span style={{ flex: '1 1 180px', minWidth: 0 }}>
              <strong>{c.causeId}</strong> {localName(c, lang)}
            </span>
            <SeverityBadge severity={c.severity} linked={c.indicators.length > 0} lang={lang} />
          </li>
        ))}
      </ul>
    </>
  );
}
