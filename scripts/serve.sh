#!/usr/bin/env bash
# Serve the platform: a background-task worker beside the development web server. The worker
# dies with the server however the server ends (Ctrl-C, kill, even kill -9): it is started
# with a parent-death signal (setpriv --pdeathsig, util-linux) and this script then becomes the
# server (exec), so the worker's parent IS the server process.
set -eu
host=${1:-127.0.0.1}; port=${2:-8000}
# Links in e-mails (sent by the worker) point to where this server answers, unless the
# address people use is set (behind a proxy, or another machine's name).
case $host in 0.0.0.0|::|"[::]") link_host=127.0.0.1 ;; *) link_host=$host ;; esac
export TRADEBRIDGE_SITE_URL=${TRADEBRIDGE_SITE_URL:-http://$link_host:$port}
bin=${TRADEBRIDGE_BIN:-.venv/bin}
# --no-reload: under the autoreloader the worker would be a grandchild, out of reach of the
# parent-death signal.
if command -v setpriv >/dev/null; then
  setpriv --pdeathsig TERM -- "$bin/tradebridge" db_worker --queue-name default --no-reload &
else
  echo "WARNING: setpriv (util-linux) is missing: stop the worker yourself if the server is killed." >&2
  "$bin/tradebridge" db_worker --queue-name default --no-reload &
fi
echo
echo "Tradebridge: http://$host:$port/  (English: /en/, 中文: /zh-hans/)"
echo "Links in e-mails: $TRADEBRIDGE_SITE_URL"
echo "Demo accounts are listed in README.md. Press Ctrl-C to stop."
exec "$bin/tradebridge" runserver "$host:$port" --noreload
