#!/usr/bin/env bash
# System packages Tradebridge uses beyond Python: a CJK font (Chinese text in PDF agendas),
# Chromium (browser tests), zbar and poppler (badge tests) and wrk (the load benchmark, bench/load). Installs them when it can (root with apt-get), and says clearly what
# is missing when it cannot, without failing: the platform runs without them, degraded.
set -u
need=()
font_ok=0
for f in /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc; do
  [ -f "$f" ] && font_ok=1
done
[ "$font_ok" = 1 ] || need+=(fonts-wqy-microhei)
[ -x /usr/bin/chromium ] || need+=(chromium)
# zbar decodes the badges' QR codes in the tests (pyzbar loads libzbar.so.0).
ldconfig -p 2>/dev/null | grep -q "libzbar.so.0" || need+=(libzbar0)
command -v msgfmt >/dev/null && command -v xgettext >/dev/null || need+=(gettext)
command -v wrk >/dev/null || need+=(wrk)
# pdftoppm turns badge PDFs into images in the tests (QR codes decoded from them).
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -q --no-install-recommends "${need[@]}" >/tmp/tradebridge-apt.log 2>&1 \
     || { apt-get update -q >>/tmp/tradebridge-apt.log 2>&1 && apt-get install -y -q --no-install-recommends "${need[@]}" >>/tmp/tradebridge-apt.log 2>&1; }; then
    exit 0
  fi
  echo "WARNING: could not install ${need[*]} (see /tmp/tradebridge-apt.log)." >&2
else
  echo "WARNING: missing system packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
fi
echo "  Without a CJK font, PDFs fall back to Latin text; without chromium, browser tests are skipped; without wrk, bench/load cannot run." >&2
exit 0
