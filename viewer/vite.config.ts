import { defineConfig } from 'vite';
import { copyCesiumAssets } from './plugins/copy-cesium-assets.ts';

// Relative base so the built viewer also works when mounted under a sub-path.
export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [copyCesiumAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': process.env.CIMTWIN_API_ORIGIN ?? 'http://localhost:8080' },
  },
});
