#!/usr/bin/env bash
# The scale benchmark (./lexgraph-dev bench scale [N] [BATCH]): N generated notes (make-notes.py) imported into a new
# knowledge base with the built product, BATCH files at a time, as a user would; then cold command-line times, the
# workbench's time to its window, and recollindex/recollq on the same files in the same run.
# LEXGRAPH_BENCH_SKIP_IMPORT=1 with LEXGRAPH_BENCH_DIR of an earlier run measures the commands on its knowledge base.
# Prints one table per part. Needs the built product (./lexgraph-dev build), python3, /usr/bin/time; recoll when there.
set -u
N=${1:-100000}
BATCH=${2:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/tools/lib.sh"
PRODUCT=$LEXGRAPH_PRODUCT
WORK=${LEXGRAPH_BENCH_DIR:-$(mktemp -d /tmp/lexgraph-scale.XXXXXX)}
KB=$WORK/kb
NOTES=$WORK/notes
export LEXGRAPH_STATE=$WORK/state
[ -x "$PRODUCT/lexgraph" ] || { echo "scale: no product at $PRODUCT; run ./lexgraph-dev build first" >&2; exit 2; }
# a copy of the product is measured, so that a build during the (long) run does not pull it away
mkdir -p "$WORK"
rm -rf "$WORK/product"
cp -a "$PRODUCT" "$WORK/product"
PRODUCT=$WORK/product
echo "scale benchmark: $N notes in batches of $BATCH, work folder $WORK, $(nproc) cores"

if [ ! -d "$NOTES" ]; then
  python3 "$ROOT/tools/bench/make-notes.py" "$NOTES" "$N" "$BATCH"
fi
echo "notes: $(find -L "$NOTES" -name '*.md' | wc -l) files, $(du -shL "$NOTES" | cut -f1)"

timed() { # label, command...: prints "label seconds peakMB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt"
  local rc=$?
  read -r secs kb < <(tail -1 "$WORK/time.txt")
  printf "%-34s %8.2f s %7d MB%s\n" "$label" "$secs" $((kb / 1024)) "$([ $rc = 0 ] || echo "  (exit $rc)")"
}

# the first command of a build trains the ahead-of-time cache (JDK 25) in the background: made before anything is
# timed (what a user has from the second command of a build on); the first search below says what it costs
wait_for_cache() {
  for _ in $(seq 1 300); do
    [ -z "$(ls -d "$LEXGRAPH_STATE"/aot/*.training 2>/dev/null)" ] && break
    sleep 0.2
  done
}
"$PRODUCT/lexgraph" cite "$(ls "$NOTES"/batch-001/* | head -1)" > /dev/null 2>&1
sleep 0.5
wait_for_cache

if [ -n "${LEXGRAPH_BENCH_SKIP_IMPORT:-}" ] && [ -f "$KB/kb.xmi" ]; then
  echo "(the import is skipped: LEXGRAPH_BENCH_SKIP_IMPORT; the commands run on $KB as it is)"
else
echo
echo "| batch | files | seconds | files/s | peak MB | sources after |"
echo "|---|---|---|---|---|---|"
total=0
for dir in "$NOTES"/batch-*; do
  b=$(basename "$dir")
  files=$(ls "$dir" | wc -l)
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$PRODUCT/lexgraph" --kb "$KB" import "$dir" > "$WORK/out.txt" 2> "$WORK/err.txt"
  rc=$?
  read -r secs kb < <(tail -1 "$WORK/time.txt") # after "Command exited with non-zero status N"
  [ $rc = 0 ] || echo "scale: the import of $b exited with $rc: $(tail -3 "$WORK/err.txt")" >&2
  total=$(python3 -c "print($total + $secs)")
  sources=$(grep -o 'imported [0-9]*' "$WORK/out.txt" | head -1)
  printf "| %s | %d | %.1f | %.0f | %d | %s |\n" "$b" "$files" "$secs" "$(python3 -c "print($files / max($secs, 0.01))")" \
    $((kb / 1024)) "$sources"
done
printf "Lexgraph: all %d notes imported in %.1f s\n" "$N" "$total"
fi

echo
echo "cold commands (one process each, wall time and peak resident memory):"
first=$(ls "$NOTES"/batch-001 | head -1)
# the first search of a process reads the index cold: timed apart
timed "first search" "$PRODUCT/lexgraph" --kb "$KB" search "kinderopvang"
wait_for_cache
timed "lexgraph --help" "$PRODUCT/lexgraph" --help
timed "lexgraph search opvang" "$PRODUCT/lexgraph" --kb "$KB" search "nachtopvang zonder verblijfsvergunning"
timed "lexgraph search (second query)" "$PRODUCT/lexgraph" --kb "$KB" search "medisch noodzakelijke zorg"
timed "lexgraph info" "$PRODUCT/lexgraph" --kb "$KB" info
timed "lexgraph citations NOTE" "$PRODUCT/lexgraph" --kb "$KB" citations "$NOTES/batch-001/$first"
timed "lexgraph sources (the list)" "$PRODUCT/lexgraph" --kb "$KB" sources
timed "lexgraph check (first: all read)" "$PRODUCT/lexgraph" --kb "$KB" check
timed "lexgraph check (nothing changed)" "$PRODUCT/lexgraph" --kb "$KB" check
timed "lexgraph check --full" "$PRODUCT/lexgraph" --kb "$KB" check --full

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  start=$(date +%s.%N)
  DISPLAY=$display LEXGRAPH_VMARGS="-Dlexgraph.traceStartup=true" "$PRODUCT/lexgraph" --kb "$KB" \
    > "$WORK/workbench.log" 2>&1 &
  wb=$!
  shown=
  for _ in $(seq 1 600); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Lexgraph'; then
      shown=$(python3 -c "import time; print(round(time.time() - $start, 2))")
      break
    fi
    sleep 0.1
  done
  echo "workbench: window after ${shown:-(not within 60 s)} s"
  # the library listed (the workbench says when, counted from its start), and the process's peak memory then
  for _ in $(seq 1 600); do
    grep -q 'lexgraph: library of' "$WORK/workbench.log" && break
    sleep 0.1
  done
  java_pid=$(pgrep -P "$wb" java || echo "$wb")
  echo "workbench: $(grep -o 'library of .*' "$WORK/workbench.log" || echo 'library not listed within 60 s'); peak" \
    "$(awk '/VmHWM/ {print int($2 / 1024) " MB"}' /proc/"$java_pid"/status 2>/dev/null)"
  kill "$wb" 2>/dev/null; sleep 1; kill -9 "$wb" 2>/dev/null; kill "$xvfb" 2>/dev/null
fi

if command -v recollindex >/dev/null; then
  conf=$WORK/recoll
  mkdir -p "$conf"
  printf 'topdirs = %s\n' "$NOTES" > "$conf/recoll.conf"
  echo
  echo "recoll on the same files, same run:"
  timed "recollindex (all notes)" recollindex -c "$conf"
  timed "recollq nachtopvang ..." recollq -c "$conf" -q "nachtopvang zonder verblijfsvergunning"
  timed "recollq medisch ..." recollq -c "$conf" -q "medisch noodzakelijke zorg"
fi
echo "(work folder kept: $WORK)"
