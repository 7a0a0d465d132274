import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer is served by the Electron app:// protocol and by the browser shell, both with the
 * strict CSP `script-src 'self'`: so no inline scripts, relative asset paths (base './'), and no
 * data: URIs for fonts or images (assetsInlineLimit 0), so every asset is a same-origin file.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    // TRP_RENDERER_DIR: the same override the shell reads, for parallel builds.
    outDir:
      process.env.TRP_RENDERER_DIR ?? fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // antd + recharts + CJK font CSS make one large but offline-local chunk; not a network cost.
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
});
