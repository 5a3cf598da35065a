import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server's CORS settings never reach production.
export default defineConfig({
  plugins: [react()],
  server: {
    cors: { origin: '*', credentials: true },
    headers: { 'Access-Control-Allow-Origin': '*' },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } },
  },
});
