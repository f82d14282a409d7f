#!/usr/bin/env bash
# Runs the origin on a plain server: `npm start` (Next's standalone server, scripts/standalone.mjs)
# with jemalloc as the process's allocator. Same environment as npm start (SITE_URL, HOST, PORT).
#
#   SITE_URL=https://calc.example HOST=localhost PORT=3000 deploy/origin.sh
#
# Why jemalloc: under a flood of distinct links, glibc's malloc keeps what the renders freed. The
# V8 heap is back to its size half a minute after the flood, but the process's brk heap stays at
# 80-95 MB where it was 12 MB before, so RSS stays about 1.4-1.6x higher for good. With jemalloc
# (Debian's libjemalloc2), RSS a minute after the same flood is at or below what it was before.
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
