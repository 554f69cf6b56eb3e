import preact from '@preact/preset-vite';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

// Where the API runs. The dev and preview servers forward /api there, so the
// browser sees one origin for the SPA and the API, as in production.
const apiUrl = process.env.LORKIT_API_URL ?? 'http://localhost:8080';

const toApi: ProxyOptions = {
  target: apiUrl,
  changeOrigin: true,
  // For the browser these calls are same-origin, but after forwarding the API
  // would see an Origin (this server, on any port) that differs from its own
  // host and refuse it as a cross-site call. Forwarded calls carry no Origin.
  configure: (proxy) => proxy.on('proxyReq', (proxyReq) => proxyReq.removeHeader('origin')),
};

export default defineConfig({
  plugins: [preact()],
  server: { port: 5173, proxy: { '/api': toApi } },
  preview: { proxy: { '/api': toApi } },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
