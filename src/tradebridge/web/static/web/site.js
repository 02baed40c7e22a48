// Small enhancements; every page works without them.
"use strict";

// On a phone the directory's filter lists would fill the first screen: fold them unless one
// is in use (the page is served with them open, for browsers without scripts).
document.addEventListener("DOMContentLoaded", () => {
  if (!window.matchMedia("(max-width: 800px)").matches) return;
  for (const details of document.querySelectorAll("details[data-collapse-narrow]")) {
    if (!("active" in details.dataset)) details.open = false;
  }
});
