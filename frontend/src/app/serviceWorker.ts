// The service worker (generated at build time by vite-plugin-pwa, see
// vite.config.ts) keeps the app's files on the phone, so LORkit opens with no
// connection at all. Only in a production build: in development it would
// serve stale code.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the first screen is up: installing downloads every file once, which
  // must not compete with the app's own start on a slow connection.
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
      // Not fatal: the app still works online; it just won't open offline.
    });
  });
}
