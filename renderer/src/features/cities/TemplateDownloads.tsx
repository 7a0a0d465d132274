import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../app/ErrorAlert';
import { downloadFile } from '../evidence/download-file';
import { space } from '../../app/spacing';

type TemplateFile = 'csv' | 'xlsx' | 'exampleCsv';

/** The city import template (CSV, Excel) and the example file, as shipped in templates/. */
export function TemplateDownloads() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const get = async (file: TemplateFile) => {
    setError(null);
    try {
      const f = await call('evidence:template', { file });
      downloadFile(f.fileName, f.mimeType, f.bytesBase64);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <section aria-labelledby="city-templates-title" style={{ marginBottom: token.margin }}>
      <Typography.Title level={5} id="city-templates-title" style={{ marginTop: 0 }}>
        {t('cities.templates.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: space.xs }}>
        {t('cities.templates.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void get('csv')}
          data-testid="template-csv"
        >
          {t('cities.templates.csv')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void get('xlsx')}
          data-testid="template-xlsx"
        >
          {t('cities.templates.xlsx')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void get('exampleCsv')}
          data-testid="template-example"
        >
          {t('cities.templates.example')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: `${space.xxs}px 0 0` }}>
        {t('cities.templates.exampleNote')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
    </section>
  );
}
