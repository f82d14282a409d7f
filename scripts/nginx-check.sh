#!/usr/bin/env bash
# Renders deploy/nginx.conf into a temporary directory and has nginx check it (`nginx -t`), then
# starts it there for a moment, in front of a stand-in origin (a few lines of Node that echo the
# request headers), and checks what it does: a 15.8 KB URL gets 414, a 9 KB header 400, a 2 KB body
# 413; forged X-Forwarded-*/Forwarded/Host are replaced; an answer with s-maxage is cached, one
# with no-store or Set-Cookie is not; a run of distinct /api/og images gets 429s, the same image
# asked again and again does not.
# Usage: bash scripts/nginx-check.sh   (ports: NGINX_CHECK_PORT, default 3590, and the next one)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d /tmp/nginx-check.XXXXXX)"
pid="" origin_pid=""
trap 'for p in $pid $origin_pid; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
port="${NGINX_CHECK_PORT:-3590}"
export SERVER_NAME=127.0.0.1 LISTEN="127.0.0.1:$port" ORIGIN="127.0.0.1:$((port + 1))"
export NGINX_PID="$tmp/nginx.pid" NGINX_LOG_DIR="$tmp/logs" NGINX_CACHE_DIR="$tmp/cache" NGINX_SOCKET="$tmp/origin.sock"
conf="$(bash "$root/deploy/render.sh" "$tmp")"
chmod -R a+rX "$tmp" # mktemp's 0700 would keep nginx's workers (www-data) out of their cache
nginx -t -p "$tmp" -c "$conf"

# The stand-in origin: echoes the request's headers; the path chooses the Cache-Control.
node -e '
  require("node:http").createServer((req, res) => {
    const h = { "content-type": "application/json" };
    h["cache-control"] = req.url.startsWith("/nostore") ? "no-store" : "public, max-age=0, s-maxage=60";
    if (req.url.startsWith("/cookie")) h["set-cookie"] = "a=b";
    res.writeHead(200, h).end(JSON.stringify(req.headers));
  }).listen(Number(process.argv[1]), "127.0.0.1");
' "$((port + 1))" &
origin_pid=$!
nginx -p "$tmp" -c "$conf" -g "daemon off;" &
pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

set +e # from here on, each check reports and the script goes on
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
check() { # <what> <condition result: 0 = ok>
  if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}
b="http://127.0.0.1:$port"
seen="$(curl -s -H 'X-Forwarded-For: 6.6.6.6' -H 'X-Forwarded-Host: evil.example' -H 'X-Forwarded-Proto: https' \
  -H 'Forwarded: for=6.6.6.6' -H 'Host: evil.example' "$b/headers")"
echo "$seen" | grep -q '"x-forwarded-for":"127.0.0.1"' && echo "$seen" | grep -q '"host":"127.0.0.1"' &&
  echo "$seen" | grep -q '"x-forwarded-proto":"http"' && ! echo "$seen" | grep -qi 'evil\|6\.6\.6\.6\|"forwarded"'
check "forged X-Forwarded-*, Forwarded and Host replaced" $?
[ "$fail" = 0 ] || echo "     the origin saw: $seen"
cache_of() { curl -s -o /dev/null -D - "$b$1" | tr -d '\r' | sed -n 's/^[Xx]-[Cc]ache-[Ss]tatus: //p'; }
statuses="$(cache_of /s) $(cache_of /s) $(cache_of /nostore) $(cache_of /nostore) $(cache_of /cookie) $(cache_of /cookie)"
[ "$statuses" = "MISS HIT MISS MISS MISS MISS" ]
check "s-maxage cached; no-store and Set-Cookie not (X-Cache-Status: $statuses)" $?
distinct="$(for i in $(seq 30); do curl -s -o /dev/null -w '%{http_code} ' "$b/api/og?q=$i"; done)"
same="$(for i in $(seq 30); do curl -s -o /dev/null -w '%{http_code} ' "$b/api/og?q=1"; done)"
echo "$distinct" | grep -q 429
check "30 distinct /api/og in a row: some 429 ($(echo "$distinct" | tr ' ' '\n' | grep -c 429) of 30)" $?
! echo "$same" | grep -q 429
check "30 times the same /api/og: no 429" $?
exit "$fail"
