import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { ScreenErrorBoundary } from './app/ScreenErrorBoundary';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      {/* The last line of defence: an error in the shell itself (top bar, navigation). */}
      <ScreenErrorBoundary area="window">
        <App />
      </ScreenErrorBoundary>
    </StrictMode>,
  );
});
