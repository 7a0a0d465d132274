import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { colors } from '../../app/theme';
import { ErrorAlert } from '../../app/ErrorAlert';
import type { PreviewState } from './use-briefing-preview';

/** A4 pages (210 mm ≈ 794 px plus margins) shown at 75 % so a page fits beside the settings. */
const SCALE = 0.75;
const FRAME_WIDTH = 840;
const VISIBLE_HEIGHT = 'calc(100vh - 260px)';

/**
 * The host's HTML in a frame with sandbox="" (no scripts, an opaque origin): the document's own
 * CSP and the app's inherited CSP both apply, so nothing in it runs or loads. srcdoc needs no
 * frame-src entry, so the app's CSP stays as it is.
 */
export function BriefingPreview({ state }: { state: PreviewState }) {
  const { t } = useTranslation();
  const { reply, loading, error } = state;
  return (
    <Card
      size="small"
      title={t('briefing.preview')}
      extra={
        reply && (
          <span data-testid="briefing-preview-pages">
            {t('briefing.previewPages', { pages: reply.pages })}
          </span>
        )
      }
      style={{ flex: '1 1 auto', minWidth: 0 }}
      styles={{ body: { padding: 0, background: colors.paperBackdrop } }}
    >
      {error && <ErrorAlert error={error} />}
      <Spin spinning={loading} description={t('briefing.previewLoading')}>
        <div
          style={{
            height: VISIBLE_HEIGHT,
            minHeight: 360,
            overflow: 'hidden',
            width: FRAME_WIDTH * SCALE,
            margin: '0 auto',
          }}
        >
          {reply && (
            <iframe
              data-testid="briefing-preview"
              title={t('briefing.previewFrame')}
              sandbox=""
              srcDoc={reply.html}
              style={{
                border: 0,
                width: FRAME_WIDTH,
                height: `calc((100vh - 260px) / ${SCALE})`,
                minHeight: 360 / SCALE,
                transform: `scale(${SCALE})`,
                transformOrigin: '0 0',
                background: colors.paperBackdrop,
              }}
            />
          )}
        </div>
      </Spin>
    </Card>
  );
}
