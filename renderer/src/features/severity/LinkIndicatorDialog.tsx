import { Alert, Button, Form, Modal, Radio, Select, Space, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import { call } from '../../api/client';
import { useApiAction } from '../../api/use-api-action';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../app/ErrorAlert';
import type { SeverityCauseRow } from './severity-text';
import { localName } from '../../i18n/localized';
import { space } from '../../app/spacing';

interface Props {
  row: SeverityCauseRow;
  causeName: string;
  lang: Locale;
  open: boolean;
  onClose(): void;
}

type Reference = 'national' | 'best';

/**
 * The indicators behind one cause's severity: the linked ones, each removable, and one more to
 * link with its direction and reference. Every change is one audited edit the global undo reverts.
 */
export function LinkIndicatorDialog({ row, causeName, lang, open, onClose }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const { data: indicators } = useQuery('evidence:indicators', open ? {} : null);
  const [indicator, setIndicator] = useState<string | null>(null);
  const [direction, setDirection] = useState<1 | -1>(1);
  const [reference, setReference] = useState<Reference>('national');
  const { busy, error, setError, run: runAction } = useApiAction();
  const [message, setMessage] = useState<string | null>(null);

  const nameOf = useMemo(() => {
    const names = new Map((indicators ?? []).map((i) => [i.code, localName(i, lang)]));
    return (code: string) => names.get(code) ?? code;
  }, [indicators, lang]);
  const linked = new Set(row.indicators.map((g) => g.indicator));
  const options = (indicators ?? [])
    // Totals (亿元, persons …) measure the region's size, not a cause: the host refuses them too.
    .filter((i) => i.observations > 0 && i.measure === 'level' && !linked.has(i.code))
    .map((i) => ({ value: i.code, label: localName(i, lang) }));

  const choose = (code: string) => {
    setIndicator(code);
    // The indicator's own direction is the usual reading: higher income, less severe low pay.
    setDirection(indicators?.find((i) => i.code === code)?.direction ?? 1);
    setMessage(null);
  };

  const run = async (
    write: () => Promise<{ editId: number | null }>,
    done: (changed: boolean) => string,
  ) => {
    setError(null);
    await runAction(async () => {
      const reply = await write();
      setMessage(done(reply.editId !== null));
    });
  };

  const save = () => {
    if (indicator === null) return;
    const name = nameOf(indicator);
    void run(
      () =>
        call('evidence:linkIndicator', { causeId: row.causeId, indicator, direction, reference }),
      (changed) => {
        setIndicator(null);
        return t(changed ? 'evidence.severity.link.saved' : 'evidence.severity.link.unchanged', {
          name,
        });
      },
    );
  };

  const close = () => {
    setMessage(null);
    setError(null);
    onClose();
  };

  const remove = (code: string) =>
    void run(
      () => call('evidence:unlinkIndicator', { causeId: row.causeId, indicator: code }),
      () => t('evidence.severity.link.removed', { name: nameOf(code) }),
    );

  return (
    <Modal
      open={open}
      title={t('evidence.severity.link.title', { cause: causeName })}
      onCancel={close}
      destroyOnHidden
      footer={
        <Button onClick={close} data-testid="link-indicator-close">
          {t('evidence.severity.link.close')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('evidence.severity.link.intro')}
      </Typography.Paragraph>
      <Typography.Text strong>{t('evidence.severity.link.current')}</Typography.Text>
      {row.indicators.length === 0 ? (
        <Typography.Paragraph>{t('evidence.severity.link.none')}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingInlineStart: space.md }} data-testid="linked-indicators">
          {row.indicators.map((g) => {
            const name = localName(g, lang);
            return (
              <li key={g.indicator}>
                <Space size="small" wrap>
                  <span>{name}</span>
                  <span className="trp-secondary" style={{ fontSize: 12 }}>
                    {t(
                      g.direction === 1
                        ? 'evidence.severity.link.directionUp'
                        : 'evidence.severity.link.directionDown',
                    )}
                  </span>
                  <Button
                    size="small"
                    type="link"
                    danger
                    disabled={busy}
                    aria-label={t('evidence.severity.link.removeLabel', { name })}
                    data-testid={`unlink-${g.indicator}`}
                    onClick={() => remove(g.indicator)}
                  >
                    {t('evidence.severity.link.remove')}
                  </Button>
                </Space>
              </li>
            );
          })}
        </ul>
      )}
      <Typography.Text strong>{t('evidence.severity.link.add')}</Typography.Text>
      <Form layout="vertical" style={{ marginTop: token.marginXS }}>
        <Form.Item label={t('evidence.severity.link.indicator')} htmlFor="trp-link-indicator">
          <Select
            id="trp-link-indicator"
            data-testid="link-indicator-select"
            value={indicator}
            placeholder={t('evidence.severity.link.choose')}
            onChange={choose}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            loading={indicators === null}
          />
        </Form.Item>
        <Form.Item label={t('evidence.severity.link.direction')}>
          <Radio.Group
            aria-label={t('evidence.severity.link.direction')}
            value={direction}
            onChange={(e) => setDirection(e.target.value as 1 | -1)}
          >
            <Space orientation="vertical" size={0}>
              <Radio value={1}>{t('evidence.severity.link.directionUp')}</Radio>
              <Radio value={-1}>{t('evidence.severity.link.directionDown')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('evidence.severity.link.reference')}>
          <Radio.Group
            aria-label={t('evidence.severity.link.reference')}
            value={reference}
            onChange={(e) => setReference(e.target.value as Reference)}
          >
            <Space orientation="vertical" size={0}>
              <Radio value="national">{t('evidence.severity.link.national')}</Radio>
              <Radio value="best">{t('evidence.severity.link.best')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Button
          type="primary"
          disabled={indicator === null || busy}
          loading={busy}
          onClick={save}
          data-testid="link-indicator-save"
        >
          {t('evidence.severity.link.save')}
        </Button>
      </Form>
      {message && (
        <Alert
          style={{ marginTop: token.marginSM }}
          type="success"
          showIcon
          title={message}
          data-testid="link-indicator-message"
        />
      )}
      {error && (
        <div style={{ marginTop: token.marginSM }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </Modal>
  );
}

/** "Add indicator" (no indicator yet) or "Manage indicators" for one cause. */
export function LinkIndicatorTrigger({
  row,
  causeName,
  onOpen,
}: {
  row: SeverityCauseRow;
  causeName: string;
  onOpen(): void;
}) {
  const { t } = useTranslation();
  const label = t(
    row.indicators.length === 0
      ? 'evidence.severity.addIndicator'
      : 'evidence.severity.manageIndicators',
  );
  return (
    <Button
      size="small"
      type="link"
      style={{ paddingInline: 0 }}
      data-testid={`link-indicator-${row.causeId}`}
      aria-label={`${label}: ${causeName}`}
      onClick={onOpen}
    >
      {label}
    </Button>
  );
}

/** The trigger with its dialog, where both stay mounted while indicators come and go. */
export function LinkIndicatorButton({
  row,
  causeName,
  lang,
}: {
  row: SeverityCauseRow;
  causeName: string;
  lang: Locale;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <LinkIndicatorTrigger row={row} causeName={causeName} onOpen={() => setOpen(true)} />
      <LinkIndicatorDialog
        row={row}
        causeName={causeName}
        lang={lang}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
