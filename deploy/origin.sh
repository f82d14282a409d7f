#!/usr/bin/env bash
# Runs the origin on a plain server: `npm start` (Next's standalone server, scripts/standalone.mjs)
# with jemalloc as the process's allocator. Same environment as npm start (SITE_URL, HOST, PORT).
#
#   SITE_URL=https://calc.example HOST=localhost PORT=3000 deploy/origin.sh
#
# Why jemalloc: glibc's malloc keeps what the renders freed. After 150 distinct links sent straight
# to the origin (50 connections), the V8 heap was back to its size half a minute later, but the
# brk heap stayed at 80-95 MB where it had been 12 MB: RSS 1.6x its size before, for good. With
# Debian's libjemalloc2 the same flood left RSS at 0.75x. Behind nginx (npm run bench) it lowers
# the origin's RSS by about 60-70 MB before and after the floods alike.
# Nothing in the app depends on it: without the library this is plain npm start.
#
# Installs Debian's libjemalloc2 when it is missing and this runs as root; JEMALLOC=0 skips it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

find_jemalloc() {
  local dir
  for dir in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /usr/lib64 /usr/lib; do
    [ -e "$dir/libjemalloc.so.2" ] && { echo "$dir/libjemalloc.so.2"; return 0; }
  done
  return 1
}

if [ "${JEMALLOC:-1}" != 0 ]; then
  lib="$(find_jemalloc || true)"
  if [ -z "$lib" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "origin.sh: installing Debian's libjemalloc2" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjemalloc2 >&2 || true
    lib="$(find_jemalloc || true)"
  fi
  if [ -n "$lib" ]; then
    export LD_PRELOAD="$lib${LD_PRELOAD:+ $LD_PRELOAD}"
  else
    echo "origin.sh: no libjemalloc.so.2 (apt-get install -y libjemalloc2); using glibc's malloc" >&2
  fi
fi
exec node "$here/../scripts/standalone.mjs" "$@"
