#!/usr/bin/env bash
# Serve the platform: a background-task worker beside the development web server, both stopped
# together on Ctrl-C.
set -eu
host=${1:-127.0.0.1}; port=${2:-8000}
# Links in e-mails (sent by the worker) point to where this server answers, unless the
# address people use is set (behind a proxy, or another machine's name).
case $host in 0.0.0.0|::|"[::]") link_host=127.0.0.1 ;; *) link_host=$host ;; esac
export TRADEBRIDGE_SITE_URL=${TRADEBRIDGE_SITE_URL:-http://$link_host:$port}
.venv/bin/tradebridge db_worker --queue-name default &
worker=$!
trap 'kill $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT INT TERM
echo
echo "Tradebridge: http://$host:$port/  (English: /en/, 中文: /zh-hans/)"
echo "Links in e-mails: $TRADEBRIDGE_SITE_URL"
echo "Demo accounts are listed in README.md. Press Ctrl-C to stop."
.venv/bin/tradebridge runserver "$host:$port" --noreload
