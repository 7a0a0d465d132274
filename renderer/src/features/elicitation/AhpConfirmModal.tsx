import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import type { AhpResult } from '../../../../engine/weights';
import { ahpWords } from './ahp-words';

interface Props {
  open: boolean;
  causes: readonly Cause[];
  lang: Locale;
  result: AhpResult | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asked before AHP weights with CR > 0.10 are applied: names the CR and the judgements that
 * contradict the rest most. Going back to edit is the default; applying anyway is recorded in
 * the audit log with the CR.
 */
export function AhpConfirmModal({ open, causes, lang, result, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const say = ahpWords(t, lang, causes);
  const cr = result ? result.cr.toFixed(3) : '—';
  return (
    <Modal
      open={open}
      title={t('elicitation.ahp.confirmTitle', { cr })}
      okText={t('elicitation.ahp.confirmOk')}
      cancelText={t('elicitation.ahp.confirmCancel')}
      okButtonProps={{ danger: true, 'data-testid': 'ahp-confirm-ok' }}
      cancelButtonProps={{ 'data-testid': 'ahp-confirm-cancel', autoFocus: true }}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      <Typography.Paragraph>{t('elicitation.ahp.confirmIntro', { cr })}</Typography.Paragraph>
      {result && result.details.length > 0 && (
        <>
          <Typography.Text strong>{t('elicitation.ahp.flaggedList')}</Typography.Text>
          <ul data-testid="ahp-confirm-pairs">
            {result.details.map((d) => (
              <li key={`${d.i}-${d.j}`}>
                {say.pair(d.i, d.j)}
                {t('elicitation.ahp.colon')}
                {say.text(d.i, d.j, d.given)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Typography.Paragraph type="secondary">
        {t('elicitation.ahp.confirmAudit')}
      </Typography.Paragraph>
    </Modal>
  );
}
