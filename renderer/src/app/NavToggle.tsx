import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { space } from './spacing';

interface Props {
  expanded: boolean;
  controls: string;
  onToggle(): void;
}

/** Shows or hides the folded navigation on narrow windows; a disclosure button for screen readers. */
export function NavToggle({ expanded, controls, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      data-testid="nav-toggle"
      aria-label={t('nav.label')}
      aria-expanded={expanded}
      aria-controls={controls}
      icon={expanded ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
      onClick={onToggle}
      style={{ margin: `${space.xs}px 0 ${space.xs}px ${space.xs}px`, flex: 'none' }}
    />
  );
}
