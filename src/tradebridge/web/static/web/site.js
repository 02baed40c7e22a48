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
