#!/usr/bin/env bash
# Start-up time of the desktop app: from launch to its welcome window mapped on a virtual X
# server (Xvfb; the window is polled with xdotool every 50 ms). The same method for any command,
# so the installed package and a run from source compare fairly.
#
# usage: packaging/linux/measure-startup.sh [RUNS] -- COMMAND [ARGS...]
#   e.g. measure-startup.sh 5 -- /usr/bin/likeness-vault
#        measure-startup.sh 5 -- .venv/bin/likeness-vault
# Prints each run in ms and the median; one warm-up run first (not counted: cold disk caches).
set -euo pipefail
runs=5
if [ "${1:-}" != "--" ]; then runs=$1; shift; fi
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: measure-startup.sh [RUNS] -- COMMAND [ARGS...]" >&2; exit 2; }
T=$(mktemp -d /tmp/lv-startup.XXXXXX)
for n in $(seq 141 190); do [ -e "/tmp/.X$n-lock" ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 50); do DISPLAY=$disp xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
times=()
for i in $(seq 0 "$runs"); do
  start=$(date +%s%N)
  env -u QT_QPA_PLATFORM DISPLAY="$disp" HOME="$T" "$@" >/dev/null 2>&1 &
  app=$!
  until DISPLAY=$disp xdotool search --onlyvisible --name '^(肖像保险箱|Likeness Vault)$' >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "measure-startup: the app exited" >&2; exit 1; }
    sleep 0.05
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  kill $app; wait $app 2>/dev/null || true; app=""
  if [ "$i" -eq 0 ]; then echo "warm-up: $ms ms"; else times+=("$ms"); echo "run $i: $ms ms"; fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "median of ${#times[@]}: $median ms"
