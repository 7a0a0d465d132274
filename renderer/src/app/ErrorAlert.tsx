import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';

interface Props {
  error: ApiError;
  onRetry?: () => void;
}

/** An ApiError in the user's language: translated headline, then the field and the host's detail. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const detail = [error.field ? `${t('errors.field')}: ${error.field}` : '', error.message]
    .filter(Boolean)
    .join(' — ');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(`errors.${error.code}`)}
      description={detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
