/* The check-in desk's camera: frames from the device's camera are read by jsQR (vendored in
   vendor/jsqr, served by the platform); a code found fills the code field and submits the form,
   as a keyboard-wedge scanner would. Without a camera (or a browser without getUserMedia) the
   buttons stay hidden and the desk works with a scanner or typing. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var form = document.getElementById("scan-form");
    var start = document.getElementById("camera-start");
    var stop = document.getElementById("camera-stop");
    var video = document.getElementById("camera");
    var status = document.getElementById("camera-status");
    if (!form || !start || !video || typeof window.jsQR !== "function" ||
        !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
    var code = form.querySelector("input[name=code]");
    var canvas = document.createElement("canvas");
    var context = canvas.getContext("2d", { willReadFrequently: true });
    var stream = null;
    start.hidden = false;

    function say(key) { status.textContent = status.getAttribute(key); status.hidden = false; }

    function halt() {
      if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
      stream = null;
      video.hidden = true; stop.hidden = true; start.hidden = false; status.hidden = true;
    }

    function look() {
      if (!stream) { return; }
      if (video.readyState === video.HAVE_ENOUGH_DATA) {
        canvas.width = video.videoWidth; canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        var image = context.getImageData(0, 0, canvas.width, canvas.height);
        var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        if (found && found.data) {
          halt();
          code.value = found.data;
          if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
          return;
        }
      }
      window.requestAnimationFrame(look);
    }

    start.addEventListener("click", function () {
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
        .then(function (s) {
          stream = s;
          video.srcObject = s;
          video.hidden = false; stop.hidden = false; start.hidden = true;
          say("data-looking");
          return video.play();
        })
        .then(function () { window.requestAnimationFrame(look); })
        .catch(function () { halt(); say("data-no-camera"); });
    });
    stop.addEventListener("click", halt);
    // After an answer the field is ready for the next badge (a scanner types into it).
    code.focus();
  });
})();
