import preact from '@preact/preset-vite';
import type { ProxyOptions } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Where the API runs (127.0.0.1: it listens there only, and localhost may resolve to ::1 first). The dev and preview servers forward /api there, so the
// browser sees one origin for the SPA and the API, as in production.
const apiUrl = process.env.LORKIT_API_URL ?? 'http://127.0.0.1:8080';

const toApi: ProxyOptions = {
  target: apiUrl,
  changeOrigin: true,
  // For the browser these calls are same-origin, but after forwarding the API
  // would see an Origin (this server, on any port) that differs from its own
  // host and refuse it as a cross-site call. Forwarded calls carry no Origin.
  configure: (proxy) => proxy.on('proxyReq', (proxyReq) => proxyReq.removeHeader('origin')),
};

const BRAND_BLUE = '#0b4f8a';

// Installable, and opens with no connection: the manifest, and a service
// worker that precaches every file of the build (the app shell and the lazy
// screens). API calls never go through its cache: offline data is the app's
// own copy in IndexedDB, and writes wait in the outbox (src/outbox).
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false, // src/app/serviceWorker.ts registers it, after the first screen
  manifest: {
    name: 'LORkit: letters of recommendation',
    short_name: 'LORkit',
    description: 'Log the moments of your US rotations and turn them into strong residency letters of recommendation.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: BRAND_BLUE,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [{ name: 'Log a story', short_name: 'Log a story', url: '/#/stories/new' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
    // Every address opens the app (it routes by #hash); the API and the server's own pages never do.
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
    cleanupOutdatedCaches: true,
    // Phone notifications: the push and notificationclick handlers (public/push-handler.js).
    importScripts: ['push-handler.js'],
    // A new version takes over at once: the outbox is in IndexedDB, so no change is lost by it.
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [preact(), pwa],
  server: { port: 5173, proxy: { '/api': toApi } },
  preview: { proxy: { '/api': toApi } },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Worker threads rather than child processes: each file still gets its own modules (isolate), and the
    // suite starts its workers faster (56 s against 71 s on 2 busy cores). Not isolate: false: some files
    // stub fetch before the app's client is made, so sharing modules between files breaks them.
    pool: 'threads',
    // Component tests (`// @vitest-environment happy-dom`) open the app at a port nothing listens
    // on: every API call finds no answer at once, the path the app takes with no connection.
    environmentOptions: { happyDOM: { url: 'http://127.0.0.1:9/' } },
  },
});
