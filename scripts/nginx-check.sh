#!/usr/bin/env bash
# Renders deploy/nginx.conf into a temporary directory and has nginx check it (`nginx -t`), then
# starts it there for a moment and checks what it refuses: a 15.8 KB URL (414), a request body over
# 1 KB (413), and that the cache status header is there. Needs no origin running (502s are fine).
# Usage: bash scripts/nginx-check.sh   (port: NGINX_CHECK_PORT, default 3590)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d /tmp/nginx-check.XXXXXX)"
port="${NGINX_CHECK_PORT:-3590}"
export SERVER_NAME=127.0.0.1 LISTEN="127.0.0.1:$port" ORIGIN="127.0.0.1:${NGINX_CHECK_ORIGIN_PORT:-3591}"
export NGINX_PID="$tmp/nginx.pid" NGINX_LOG_DIR="$tmp/logs" NGINX_CACHE_DIR="$tmp/cache" NGINX_SOCKET="$tmp/origin.sock"
conf="$(bash "$root/deploy/render.sh" "$tmp")"
nginx -t -p "$tmp" -c "$conf"

nginx -p "$tmp" -c "$conf" -g "daemon off;" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

fail=0
expect() { # <what> <expected status> <curl args…>
  local what="$1" want="$2"; shift 2
  local got; got="$(curl -s -o /dev/null -w '%{http_code}' "$@")"
  if [ "$got" = "$want" ]; then echo "ok   $what: $got"; else echo "FAIL $what: $got, expected $want"; fail=1; fi
}
long="$(head -c 16200 /dev/zero | tr '\0' 'a')"
expect "15.8 KB URL" 414 "http://127.0.0.1:$port/?q=$long"
expect "9 KB header" 400 -H "X-Big: $(head -c 9000 /dev/zero | tr '\0' 'b')" "http://127.0.0.1:$port/"
expect "2 KB body" 413 --data-binary "$(head -c 2048 /dev/zero | tr '\0' 'c')" "http://127.0.0.1:$port/api/v1/estimate"
status_header="$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/" | tr -d '\r' | grep -i '^x-cache-status:' || true)"
if [ -n "$status_header" ]; then echo "ok   $status_header"; else echo "FAIL no X-Cache-Status header"; fail=1; fi
exit "$fail"
