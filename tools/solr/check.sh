#!/usr/bin/env bash
# Checks the local SolrCloud of ./lexgraph-dev solr (run by ./lexgraph-dev test): it starts with two live nodes, says
# so, answers a cluster status, and stops. On ports 18983/18984 and in a folder of its own, so that a cluster the
# developer runs is left alone. Prints "solr check: passed" or what failed; exit 1 on a failure.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export LEXGRAPH_SOLR_HOME
LEXGRAPH_SOLR_HOME=$(mktemp -d)
trap '"$HERE/solr.sh" stop > /dev/null 2>&1; rm -rf "$LEXGRAPH_SOLR_HOME"' EXIT
fail() { echo "solr check FAILED: $*" >&2; exit 1; }
"$HERE/solr.sh" start 2 18983 > "$LEXGRAPH_SOLR_HOME/start.out" 2>&1 || fail "start: $(tail -3 "$LEXGRAPH_SOLR_HOME/start.out")"
grep -q '^nodes=http://127.0.0.1:18983/solr,http://127.0.0.1:18984/solr$' "$LEXGRAPH_SOLR_HOME/cluster.properties" \
  || fail "the nodes are not named: $(cat "$LEXGRAPH_SOLR_HOME/cluster.properties")"
live=$(python3 -c "
import json, urllib.request
status = json.load(urllib.request.urlopen('http://127.0.0.1:18983/solr/admin/collections?action=CLUSTERSTATUS&wt=json'))
print(len(status['cluster']['live_nodes']))") || fail "no cluster status from the first node"
[ "$live" = 2 ] || fail "$live live nodes, not 2"
"$HERE/solr.sh" stop > /dev/null || fail "stop"
"$HERE/solr.sh" status > /dev/null && fail "still running after stop"
echo "solr check: passed"
