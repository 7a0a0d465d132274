import { Alert, Button, Space, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../contract/domain';
import { useApiAction } from '../../api/use-api-action';
import { ErrorAlert } from '../../app/ErrorAlert';
import { foldSeverityOnHost, type CauseSeverity } from '../severity/use-cause-severity';

interface Props {
  scenario: Scenario;
  severity: CauseSeverity;
}

/** What the severity column means, the one-sentence fold rule, and the fold itself (one undo). */
export function SeverityFoldBar({ scenario, severity }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, run } = useApiAction();

  const fold = async () => {
    setNotice(null);
    setError(null);
    await run(async () => {
      const weights = Object.fromEntries(scenario.causes.map((c) => [c.id, c.weight]));
      const edits = await foldSeverityOnHost(scenario.id, weights, severity.byCause);
      setNotice(
        edits > 0 ? t('weightsSeverity.folded', { count: edits }) : t('weightsSeverity.unchanged'),
      );
    });
  };

  return (
    <div style={{ marginBottom: token.marginSM }} data-testid="weights-severity">
      <Typography.Paragraph type="secondary" style={{ marginBottom: token.marginXXS }}>
        {t('weightsSeverity.intro', { region: severity.regionName(scenario.regionCode) })}
      </Typography.Paragraph>
      {severity.error && (
        <>
          <Typography.Text type="danger">{t('weightsSeverity.unavailable')}</Typography.Text>
          <ErrorAlert error={severity.error} />
        </>
      )}
      <Space wrap align="center">
        <Typography.Text data-testid="weights-fold-rule">
          {t('evidence.severity.foldRule')}
        </Typography.Text>
        <Button
          onClick={() => void fold()}
          disabled={busy || !severity.loaded}
          loading={busy}
          data-testid="weights-severity-fold"
        >
          {t('weightsSeverity.fold')}
        </Button>
      </Space>
      {notice && (
        <Alert
          type="success"
          showIcon
          title={notice}
          style={{ marginTop: token.marginXS }}
          data-testid="weights-severity-notice"
        />
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
