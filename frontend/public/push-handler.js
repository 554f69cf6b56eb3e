/* global self, URL */
// Phone notifications, imported into the generated service worker
// (vite.config.ts, workbox.importScripts). The server sends {title, body, url}
// encrypted (RFC 8291); the browser decrypts it before this runs.
self.addEventListener('push', (event) => {
  let message = { title: 'LORkit', body: '', url: '/#/' };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // Not JSON: show the default title, still a reason to open the app.
  }
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      tag: message.url === '/#/' ? 'lorkit-today' : undefined,
      data: { url: message.url },
    }),
  );
});

// A tap opens the app at the notification's address (an open window is reused).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/#/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.navigate(target).then((w) => (w ?? open).focus());
      return self.clients.openWindow(target);
    }),
  );
});
