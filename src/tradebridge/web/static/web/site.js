// Small enhancements; every page works without them.
"use strict";

// Loaded in <head> without "defer": mark the page as scripted before it is drawn, so that the
// phone menu is folded from the first paint (CSS keeps it open for browsers without scripts).
document.documentElement.classList.add("js");

// The phone menu: one button opens and closes it.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".menu-toggle");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!toggle || !menu) return;
  toggle.addEventListener("click", () => {
    const open = menu.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.classList.contains("open")) {
      menu.classList.remove("open");
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
});

// On a phone the directory's filter lists would fill the first screen: fold them unless one
// is in use (the page is served with them open, for browsers without scripts).
document.addEventListener("DOMContentLoaded", () => {
  if (!window.matchMedia("(max-width: 800px)").matches) return;
  for (const details of document.querySelectorAll("details[data-collapse-narrow]")) {
    if (!("active" in details.dataset)) details.open = false;
  }
});

// The installable app: a service worker (served at /sw.js) keeps the last copy of an agenda
// the representative opened. The page that holds it ([data-offline-agenda]) is stored at once
// with its stylesheets and scripts, so that the very first visit is enough to read it offline.
const AGENDA_CACHE = "tb-agenda-v1";

function showOffline() {
  for (const note of document.querySelectorAll(".offline-note")) note.hidden = navigator.onLine;
}

document.addEventListener("DOMContentLoaded", () => {
  showOffline();
  window.addEventListener("online", showOffline);
  window.addEventListener("offline", showOffline);
  // Signing out forgets the agendas kept on this device (they hold partners' contacts).
  for (const form of document.querySelectorAll("form[data-forget-offline]")) {
    form.addEventListener("submit", () => { if ("caches" in window) caches.delete(AGENDA_CACHE); });
  }
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
  const agenda = document.querySelector("[data-offline-agenda]");
  if (!agenda || !navigator.onLine) return;
  const assets = [
    ...[...document.querySelectorAll("link[rel=stylesheet]")].map((link) => link.href),
    ...[...document.querySelectorAll("script[src]")].map((script) => script.src),
  ];
  caches.open(AGENDA_CACHE)
    .then((cache) => cache.addAll([location.pathname, ...assets]))
    .then(() => { document.documentElement.dataset.offlineReady = "1"; })
    .catch(() => {});
});
