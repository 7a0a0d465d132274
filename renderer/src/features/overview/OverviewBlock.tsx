import { Button, Card } from 'antd';
import type { ReactNode } from 'react';
import { useId } from 'react';

interface Props {
  title: string;
  testId: string;
  /** Label and action of a link to the screen with the detail, if any. */
  more?: { label: string; onClick(): void };
  children: ReactNode;
}

/** One titled region of the overview: a landmark with a heading, so screen readers can jump between blocks. */
export function OverviewBlock({ title, testId, more, children }: Props) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid={testId} style={{ height: '100%' }}>
      <Card
        size="small"
        style={{ height: '100%' }}
        title={
          <h3 id={headingId} style={{ margin: 0, fontSize: 15, whiteSpace: 'normal' }}>
            {title}
          </h3>
        }
        extra={
          more && (
            <Button
              type="link"
              size="small"
              onClick={more.onClick}
              style={{ whiteSpace: 'normal' }}
            >
              {more.label}
            </Button>
          )
        }
      >
        {children}
      </Card>
    </section>
  );
}
