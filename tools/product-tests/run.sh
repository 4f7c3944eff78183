#!/usr/bin/env bash
# Product-level tests, run by `./lexgraph-dev test` on the product it has just built: the exports read back by a real
# reference reader (tools/exports/roundtrip.py, citation-js), the optional EU-law bundle
# (feature org.lexgraph.eu.feature) works when installed, and the product works without it.
# usage: tools/product-tests/run.sh PRODUCT_DIR   (prints "product tests: N passed, N failed"; exit 1 on a failure)
set -u
PRODUCT=$1
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLE=$HERE/eu-and-dutch.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
check() { # name, condition (exit status of the command that follows)
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "product test FAILED: $name" >&2; fi
}
has() { grep -q -- "$2" "$1"; }
hasnot() { ! grep -q -- "$2" "$1"; }

# with the EU bundle (the product as built)
LEXGRAPH_STATE=$WORK/state "$PRODUCT/lexgraph" cite --json "$SAMPLE" > "$WORK/with.jsonl" 2> "$WORK/with.err"
rc=$?
check "with EU: exit 0" [ $rc = 0 ]
check "with EU: the directive is found and formatted" has "$WORK/with.jsonl" '"key":"eu:L:2008:115","formatted":"Richtlijn 2008/115/EG","permalink":"CELEX:32008L0115"'
check "with EU: the regulation is found" has "$WORK/with.jsonl" '"key":"eu:R:2016:679"'
check "with EU: Dutch citations as ever" has "$WORK/with.jsonl" '"key":"bwb:BWBR0011823:art:10"'

# the commands under the OSGi framework (LEXGRAPH_OSGI_CLI) find the same
LEXGRAPH_OSGI_CLI=1 LEXGRAPH_STATE=$WORK/state "$PRODUCT/lexgraph" cite --json "$SAMPLE" > "$WORK/osgi.jsonl" 2> "$WORK/osgi.err"
check "under OSGi: the same citations as on the flat class path" cmp -s "$WORK/with.jsonl" "$WORK/osgi.jsonl"

# the first command of a build starts the training of the ahead-of-time cache (JDK 25+) in the background; later
# commands use the cache and answer the same
LEXGRAPH_STATE=$WORK/state "$PRODUCT/lexgraph" --kb "$WORK/kb" import "$SAMPLE" > /dev/null 2>&1
LEXGRAPH_STATE=$WORK/state "$PRODUCT/lexgraph" --kb "$WORK/kb" search --json richtlijn > "$WORK/s1.jsonl" 2> "$WORK/s1.err"
check "first search: answers" has "$WORK/s1.jsonl" '"rank":1'
check "first search: no notice of the cache on stderr" hasnot "$WORK/s1.err" 'JAVA_TOOL_OPTIONS'
if java_release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")")")/release" 2>/dev/null) \
    && [ "${java_release:-0}" -ge 25 ]; then
  for _ in $(seq 1 240); do # made in the background (an import and searches of the sample corpus)
    [ -n "$(ls "$WORK"/state/aot/*.aot 2>/dev/null)" ] && [ -z "$(ls -d "$WORK"/state/aot/*.training 2>/dev/null)" ] && break
    sleep 0.25
  done
  check "the caches are made (import, and the other commands)" [ "$(ls "$WORK"/state/aot/*.aot 2>/dev/null | wc -l)" = 2 ]
fi
LEXGRAPH_STATE=$WORK/state "$PRODUCT/lexgraph" --kb "$WORK/kb" search --json richtlijn > "$WORK/s2.jsonl" 2> "$WORK/s2.err"
check "a search with the cache answers the same" cmp -s "$WORK/s1.jsonl" "$WORK/s2.jsonl"

# without it: the same product with the bundle taken out of its configuration, as a user who left the feature out
cp -r "$PRODUCT" "$WORK/product"
info=$WORK/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
grep -v '^org\.lexgraph\.eu,' "$info" > "$info.new" && mv "$info.new" "$info"
rm -f "$WORK"/product/plugins/org.lexgraph.eu_*.jar
check "without EU: the bundle is gone" hasnot "$info" 'org.lexgraph.eu,'
LEXGRAPH_STATE=$WORK/state "$WORK/product/lexgraph" cite --json "$SAMPLE" > "$WORK/without.jsonl" 2> "$WORK/without.err"
rc=$?
check "without EU: exit 0, nothing breaks" [ $rc = 0 ]
check "without EU: EU instruments are simply not recognised" hasnot "$WORK/without.jsonl" '"type":"eu"'
check "without EU: Dutch citations as ever" has "$WORK/without.jsonl" '"key":"bwb:BWBR0011823:art:10"'
check "without EU: the ECLI of the Court is still an ECLI" has "$WORK/without.jsonl" '"key":"ecli:ECLI:EU:C:2014:2453"'
# the exports read back by a real reference reader (citation-js, pinned in tools/exports/package-lock.json)
EXPORTS=$HERE/../exports
if [ ! -d "$EXPORTS/node_modules/@citation-js/core" ]; then
  (cd "$EXPORTS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>"$WORK/npm.err") \
    || { echo "product tests: npm ci in tools/exports failed:" >&2; cat "$WORK/npm.err" >&2; }
fi
LEXGRAPH_STATE=$WORK/state python3 "$EXPORTS/roundtrip.py" "$PRODUCT/lexgraph" > "$WORK/roundtrip.out" 2>&1
rc=$?
cat "$WORK/roundtrip.out" | grep -v '^export round trip' >&2
check "exports read back by citation-js: type, title, date, court, number, URL and pinpoint of every item" [ $rc = 0 ]

if [ $failed != 0 ]; then
  echo "--- with EU:" >&2; cat "$WORK/with.jsonl" "$WORK/with.err" >&2
  echo "--- without EU:" >&2; cat "$WORK/without.jsonl" "$WORK/without.err" >&2
fi
echo "product tests: $passed passed, $failed failed"
[ $failed = 0 ]
