import { Alert, Button, Space } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** What the error is reported under in the console (the screen's name). */
  area: string;
}

interface State {
  error: Error | null;
}

/**
 * A render error in one screen shows a message with its cause and a way back, instead of
 * React unmounting the whole window and leaving it blank. Keyed by screen, so moving to
 * another screen starts clean.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console keeps the component stack for whoever reports the problem.
    console.error(`[${this.props.area}] render error`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <ScreenErrorMessage error={this.state.error} onRetry={this.retry} />;
  }
}

function ScreenErrorMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="screen-error"
      title={t('errors.screenTitle')}
      description={
        <Space orientation="vertical">
          <span>{t('errors.screenHint')}</span>
          <code>{error.message}</code>
          <Space>
            <Button type="primary" onClick={onRetry}>
              {t('errors.tryAgain')}
            </Button>
            <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
          </Space>
        </Space>
      }
    />
  );
}
