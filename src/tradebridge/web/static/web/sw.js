// Tradebridge's service worker, served at /sw.js (scope: the whole site) by web.views.
// It keeps the last copy of each published agenda a representative opened, so that the day's
// meetings still show on a phone without a connection; everything else goes to the network.
"use strict";

const AGENDA_CACHE = "tb-agenda-v1";
const AGENDA = /^\/[a-z-]+\/matchmaking\/sessions\/\d+\/agenda\/$/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("tb-") && n !== AGENDA_CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  );
});

function keep(request, response) {
  // Only a real page: never a sign-in redirect or an error in place of the agenda.
  if (response.ok && !response.redirected && response.type === "basic") {
    const copy = response.clone();
    caches.open(AGENDA_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (AGENDA.test(url.pathname)) {
    // The network first (the agenda may have changed), the last copy when there is none.
    event.respondWith(
      fetch(request)
        .then((response) => keep(request, response))
        .catch(() => caches.match(request, { ignoreVary: true, ignoreSearch: true })
          .then((cached) => cached || Response.error()))
    );
  } else if (url.pathname.startsWith("/static/")) {
    // The agenda's stylesheet and scripts: from the network, or the copy kept with it.
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { ignoreVary: true })
        .then((cached) => cached || Response.error()))
    );
  }
});
