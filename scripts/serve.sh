#!/usr/bin/env bash
# Serve the platform: a background-task worker beside the development web server, both stopped
# together on Ctrl-C.
set -eu
host=${1:-127.0.0.1}; port=${2:-8000}
.venv/bin/tradebridge db_worker --queue-name default &
worker=$!
trap 'kill $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT INT TERM
echo
echo "Tradebridge: http://$host:$port/  (English: /en/, 中文: /zh-hans/)"
echo "Demo accounts are listed in README.md. Press Ctrl-C to stop."
.venv/bin/tradebridge runserver "$host:$port" --noreload
