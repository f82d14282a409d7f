#!/usr/bin/env bash
# Renders deploy/nginx.conf into <conf-dir>/nginx.conf, with what it includes beside it.
#
#   SERVER_NAME=calc.example deploy/render.sh /etc/nginx        # production (as root; see README)
#   deploy/render.sh /tmp/x   # with LISTEN, ORIGIN, NGINX_* pointing into /tmp/x: what the bench does
#
# Settings (environment), with their defaults:
#   SERVER_NAME       the site's host name, as in SITE_URL (required)
#   LISTEN            80                      what the public server listens on (e.g. 127.0.0.1:3580)
#   ORIGIN            127.0.0.1:3000          the standalone Next server (HOSTNAME:PORT of npm start)
#   NGINX_USER        www-data                the workers' user (owns the cache directory)
#   NGINX_PID         /run/nginx.pid
#   NGINX_LOG_DIR     /var/log/nginx
#   NGINX_CACHE_DIR   /var/cache/nginx/rag    the cache and nginx's temporary files
#   NGINX_CACHE_SIZE  1g                      the cache's bound on disk
#   NGINX_SOCKET      /run/nginx-rag-origin.sock   the inner (rate-limiting) server's socket
#   ORIGIN_MAX_RENDERS 8                      cache misses in flight to Next at once, in all
# Installs Debian's nginx when it is missing. Enables deploy/brotli.conf when the brotli module is
# installed (apt-get install -y libnginx-mod-http-brotli-filter).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
conf_dir="${1:?usage: deploy/render.sh <conf-dir>}"
mkdir -p "$conf_dir"
conf_dir="$(cd "$conf_dir" && pwd)"

: "${SERVER_NAME:?SERVER_NAME is required (the host name of SITE_URL)}"
export SERVER_NAME
export LISTEN="${LISTEN:-80}"
export ORIGIN="${ORIGIN:-127.0.0.1:3000}"
export NGINX_USER="${NGINX_USER:-www-data}"
export NGINX_PID="${NGINX_PID:-/run/nginx.pid}"
export NGINX_LOG_DIR="${NGINX_LOG_DIR:-/var/log/nginx}"
export NGINX_CACHE_DIR="${NGINX_CACHE_DIR:-/var/cache/nginx/rag}"
export NGINX_CACHE_SIZE="${NGINX_CACHE_SIZE:-1g}"
export NGINX_SOCKET="${NGINX_SOCKET:-/run/nginx-rag-origin.sock}"
export ORIGIN_MAX_RENDERS="${ORIGIN_MAX_RENDERS:-8}"
export NGINX_CONF_DIR="$conf_dir"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "render.sh: installing Debian's nginx" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >&2
fi

# What the main file includes, when the directory is not /etc/nginx itself.
[ -e "$conf_dir/mime.types" ] || cp /etc/nginx/mime.types "$conf_dir/mime.types"
if [ "$conf_dir" != /etc/nginx ]; then
  # Debian's module lines name modules/… relative to nginx's prefix: made absolute for any -p.
  mkdir -p "$conf_dir/modules-enabled"
  for f in /etc/nginx/modules-enabled/*.conf; do
    [ -e "$f" ] || continue
    sed 's#load_module modules/#load_module /usr/lib/nginx/modules/#' "$f" >"$conf_dir/modules-enabled/$(basename "$f")"
  done
fi
mkdir -p "$conf_dir/conf.d"
if ls "$conf_dir"/modules-enabled/*brotli-filter* >/dev/null 2>&1; then
  cp "$here/brotli.conf" "$conf_dir/conf.d/brotli.conf"
else
  rm -f "$conf_dir/conf.d/brotli.conf"
fi

if [ -e "$conf_dir/nginx.conf" ] && [ ! -e "$conf_dir/nginx.conf.before-rag" ]; then
  cp "$conf_dir/nginx.conf" "$conf_dir/nginx.conf.before-rag"
fi
vars='${SERVER_NAME} ${LISTEN} ${ORIGIN} ${NGINX_USER} ${NGINX_PID} ${NGINX_LOG_DIR} ${NGINX_CACHE_DIR} ${NGINX_CACHE_SIZE} ${NGINX_SOCKET} ${ORIGIN_MAX_RENDERS} ${NGINX_CONF_DIR}'
envsubst "$vars" <"$here/nginx.conf" >"$conf_dir/nginx.conf"

mkdir -p "$NGINX_LOG_DIR" "$NGINX_CACHE_DIR" "$(dirname "$NGINX_PID")" "$(dirname "$NGINX_SOCKET")"
if [ "$(id -u)" = 0 ] && id "$NGINX_USER" >/dev/null 2>&1; then chown -R "$NGINX_USER" "$NGINX_CACHE_DIR"; fi
echo "$conf_dir/nginx.conf"
