#!/usr/bin/env bash
# Cluster tests of the shared index (run by ./lexgraph-dev test, on the product it has just built): a real SolrCloud of
# two nodes (the dev cluster of ./lexgraph-dev solr, on ports 18983/18984 and a folder of its own), a collection of two
# shards with two replicas each; two knowledge bases publish and each finds the other's sources; one node stopped and
# searches still answer (also from a knowledge base whose first node is the stopped one); results (in their order)
# and facets of the collection equal the embedded index's on the same sources; another's source read and copied in; the whole cluster
# down: the import is kept, the command says so, and `index sync` catches the collection up; TLS (a node behind a
# TLS front, tools/solr/tls-proxy.py, its certificate trusted or not); basic authentication on a second cluster
# (18985/18986).
# usage: tools/solr/cluster-test.sh PRODUCT_DIR   (prints "cluster tests: N passed, N failed"; exit 1 on a failure)
set -u
PRODUCT=$1
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$HERE/../../bundles/org.lexgraph.core/samples
WORK=$(mktemp -d)
export LEXGRAPH_STATE=$WORK/state LEXGRAPH_SOLR_HOME=$WORK/cluster
unset LEXGRAPH_SOLR_USER LEXGRAPH_SOLR_PASSWORD LEXGRAPH_SOLR_CREDENTIALS LEXGRAPH_SOLR_AUTH
AUTH_HOME=$WORK/auth-cluster
stop_all() {
  "$HERE/solr.sh" stop > /dev/null 2>&1
  LEXGRAPH_SOLR_HOME=$AUTH_HOME "$HERE/solr.sh" stop > /dev/null 2>&1
}
trap 'stop_all; [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
passed=0
failed=0
check() { # name, command: passes when the command succeeds
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "cluster test FAILED: $name" >&2; fi
}
has() { grep -q -- "$2" "$1"; }
hasnot() { ! grep -q -- "$2" "$1"; }
lexgraph() { "$PRODUCT/lexgraph" "$@"; }
# the sources (by id) of a search's hits in order, and its facet line, from --json output
sources_of() { python3 -c "
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if 'rank' in o: print(o['source'])" "$1"; }
facets_of() { grep '"facets"' "$1"; }
# a search's whole output but for whose knowledge base answered ("from"): hits in order, scores, snippets, highlights
answer_of() { python3 -c "
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    o.pop('from', None)
    print(json.dumps(o, sort_keys=True))" "$1"; }
cluster_status() { python3 -c "
import json, sys, urllib.request
s = json.load(urllib.request.urlopen('http://127.0.0.1:18983/solr/admin/collections?action=CLUSTERSTATUS&wt=json'))
c = s['cluster']['collections'][sys.argv[1]]
print(len(s['cluster']['live_nodes']), len(c['shards']), ' '.join(str(len(sh['replicas'])) for sh in c['shards'].values()))
" "$1"; }

"$HERE/solr.sh" start 2 18983 > "$WORK/start.out" 2>&1 || { echo "cluster tests: the cluster did not start:" >&2
  tail -5 "$WORK/start.out" >&2; echo "cluster tests: 0 passed, 1 failed"; exit 1; }
TEAM=solr://127.0.0.1:18983,127.0.0.1:18984/team
# the second researcher names the second node first: her searches go there first
TEAM_B=solr://127.0.0.1:18984,127.0.0.1:18983/team

# two researchers, each with a knowledge base of her own sources (both hold the NGOs' letter, as every new one does)
lexgraph --kb "$WORK/anna" import "$SAMPLES/BWBR0011823-vreemdelingenwet-2000.md" "$SAMPLES/BWBR0018450-zorgverzekeringswet.md" > /dev/null 2>&1
lexgraph --kb "$WORK/bram" import "$SAMPLES/BWBR0035362-wmo-2015.md" "$SAMPLES/ECLI.NL.RBSGR.2012.BZ0845.xml" > /dev/null 2>&1
lexgraph --kb "$WORK/anna" index use "$TEAM" --as anna > "$WORK/use-a.out" 2> "$WORK/use-a.err"
check "anna binds and publishes: exit 0" [ $? = 0 ]
check "anna binds and publishes: says so" has "$WORK/use-a.out" 'as anna; 3 sources published'
check "the collection: 2 live nodes, 2 shards of 2 replicas" [ "$(cluster_status team)" = "2 2 2 2" ]
check "the binding is kept in the knowledge base" has "$WORK/anna/index-binding.properties" 'collection=solr\\://127.0.0.1\\:18983,127.0.0.1\\:18984/team'
lexgraph --kb "$WORK/bram" index use "$TEAM_B" --as bram > "$WORK/use-b.out" 2> "$WORK/use-b.err"
check "bram binds to the same collection" has "$WORK/use-b.out" 'as bram; 3 sources published'

# a search from one finds the other's sources, each hit saying whose
lexgraph --kb "$WORK/anna" search --json "maatschappelijke ondersteuning" > "$WORK/a-wmo.jsonl" 2> "$WORK/a-wmo.err"
check "anna finds bram's Wmo" has "$WORK/a-wmo.jsonl" '"title":"Wet maatschappelijke ondersteuning 2015".*"from":"bram"'
lexgraph --kb "$WORK/bram" search --json "vreemdelingenbewaring" > "$WORK/b-vw.jsonl" 2> "$WORK/b-vw.err"
check "bram finds anna's Vreemdelingenwet" has "$WORK/b-vw.jsonl" '"title":"Vreemdelingenwet 2000".*"from":"anna"'
lexgraph --kb "$WORK/anna" search "maatschappelijke ondersteuning" > "$WORK/a-wmo.txt" 2>&1
check "the text output names whose it is" has "$WORK/a-wmo.txt" '(from bram)'
lexgraph --kb "$WORK/anna" index status --json > "$WORK/status.json" 2>&1
check "the status lists both publishers" has "$WORK/status.json" '"publishers":{"anna":[0-9]*,"bram":[0-9]*}'
wmo=$(python3 -c "
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o.get('from') == 'bram' and o.get('title', '').startswith('Wet maatschappelijke'): print(o['source']); break
" "$WORK/a-wmo.jsonl")
lexgraph --kb "$WORK/anna" index show bram "$wmo" > "$WORK/show.txt" 2>&1
check "another's source is read whole, read-only" has "$WORK/show.txt" 'Wet maatschappelijke ondersteuning 2015  \[regulation\].*(from bram, read-only)'
check "... with its articles" has "$WORK/show.txt" '^## Artikel 2.1.1'
# copied in: its text, title and date travel, and a note says where it came from
lexgraph --kb "$WORK/anna" index copy bram "$wmo" > "$WORK/copy.out" 2> "$WORK/copy.err"
check "anna copies bram's Wmo into her knowledge base" has "$WORK/copy.out" "copied $wmo from bram as "
lexgraph --kb "$WORK/anna" sources > "$WORK/a-sources.txt" 2>&1
check "the copy is anna's source now, with the original's kind, title and date" has "$WORK/a-sources.txt" '\[regulation\]  Wet maatschappelijke ondersteuning 2015  2014-07-09'
lexgraph --kb "$WORK/anna" notes > "$WORK/a-notes.txt" 2>&1
check "a note on the copy says where it came from" has "$WORK/a-notes.txt" 'Copied from the knowledge base of bram'
lexgraph --kb "$WORK/anna" index copy bram "$wmo" > /dev/null 2> "$WORK/copy2.err"
check "copied twice: says it was copied before" has "$WORK/copy2.err" 'was copied in before'
lexgraph --kb "$WORK/bram" search --json "gemeentelijke ondersteuning" > "$WORK/b-copy.jsonl" 2> /dev/null
check "the copy is published under anna's name" has "$WORK/b-copy.jsonl" '"title":"Wet maatschappelijke ondersteuning 2015".*"from":"anna"'

# the collection answers as the embedded index does on the same sources: the same sources, totals and facets, and
# the same hits in the same order with the same scores (ranked by the passages' sections and the sources' whole texts
# there too), by source and by passage
lexgraph --kb "$WORK/solo" import "$SAMPLES" > /dev/null 2>&1
cp -r "$WORK/solo" "$WORK/solo-local"
# its own index made again from the model, as the collection gets it: without the passages an import replaced (the
# theme links), which still count in an index's statistics until merged away
rm -rf "$WORK/solo-local/.lock" "$WORK/solo-local/index"
lexgraph --kb "$WORK/solo" index use solr://127.0.0.1:18983,127.0.0.1:18984/solo --as carol > /dev/null 2>&1
for q in "opvang" "medisch noodzakelijke zorg" "bewaring vreemdeling" 'kind:regulation gemeente' "\"maatschappelijke ondersteuning\""; do
  lexgraph --kb "$WORK/solo" search --json --facets "$q" > "$WORK/solr.jsonl" 2> /dev/null
  lexgraph --kb "$WORK/solo-local" search --json --facets "$q" > "$WORK/local.jsonl" 2> /dev/null
  check "same facets and totals as the embedded index: $q" [ "$(facets_of "$WORK/solr.jsonl")" = "$(facets_of "$WORK/local.jsonl")" ]
  check "same sources as the embedded index: $q" [ "$(sources_of "$WORK/solr.jsonl" | sort)" = "$(sources_of "$WORK/local.jsonl" | sort)" ]
  check "answered at all: $q" [ -n "$(sources_of "$WORK/solr.jsonl")" ]
  check "by source, the same answer as the embedded index, hit for hit (order, scores, snippets): $q" [ "$(answer_of "$WORK/solr.jsonl")" = "$(answer_of "$WORK/local.jsonl")" ]
  lexgraph --kb "$WORK/solo" search --json --by passage --limit 20 "$q" > "$WORK/solr-p.jsonl" 2> /dev/null
  lexgraph --kb "$WORK/solo-local" search --json --by passage --limit 20 "$q" > "$WORK/local-p.jsonl" 2> /dev/null
  check "by passage, the same answer as the embedded index, hit for hit: $q" [ -n "$(sources_of "$WORK/solr-p.jsonl")" -a "$(answer_of "$WORK/solr-p.jsonl")" = "$(answer_of "$WORK/local-p.jsonl")" ]
done
for by in source passage; do
  lexgraph --kb "$WORK/solo" search --json --by $by --offset 2 --limit 2 "zorg" > "$WORK/solr-o.jsonl" 2> /dev/null
  lexgraph --kb "$WORK/solo-local" search --json --by $by --offset 2 --limit 2 "zorg" > "$WORK/local-o.jsonl" 2> /dev/null
  check "a later page by $by, the same as the embedded index's" [ -n "$(sources_of "$WORK/solr-o.jsonl")" -a "$(answer_of "$WORK/solr-o.jsonl")" = "$(answer_of "$WORK/local-o.jsonl")" ]
done
# a page of more passages than a Solr query may name (1,024): fetched in parts, the same hits (as a set: deep in a
# list, passages of equal score, the same text in several laws, may come in another order from two shards)
lexgraph --kb "$WORK/solo" search --json --by passage --limit 2000 "zorg OR wet OR artikel" > "$WORK/solr-big.jsonl" 2> "$WORK/solr-big.err"
lexgraph --kb "$WORK/solo-local" search --json --by passage --limit 2000 "zorg OR wet OR artikel" > "$WORK/local-big.jsonl" 2> /dev/null
check "a page of over 1,024 passages, the same hits as the embedded index's" [ "$(sources_of "$WORK/solr-big.jsonl" | wc -l)" -gt 1024 -a "$(answer_of "$WORK/solr-big.jsonl" | sed 's/"rank": [0-9]*, //' | sort)" = "$(answer_of "$WORK/local-big.jsonl" | sed 's/"rank": [0-9]*, //' | sort)" ]
# More like this: the passage's words weighed over the collection as the own index weighs them over itself
like=$(python3 -c "
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
print(next(h['passage'] for h in hits if 'rank' in h))" "$WORK/local-p.jsonl")
for by in source passage; do
  lexgraph --kb "$WORK/solo" search --json --by $by --like "$like" > "$WORK/solr-l.jsonl" 2> "$WORK/solr-l.err"
  lexgraph --kb "$WORK/solo-local" search --json --by $by --like "$like" > "$WORK/local-l.jsonl" 2> /dev/null
  check "More like this by $by, the same answer as the embedded index's" [ -n "$(sources_of "$WORK/solr-l.jsonl")" -a "$(answer_of "$WORK/solr-l.jsonl")" = "$(answer_of "$WORK/local-l.jsonl")" ]
done

# a collection made for another version of Lexgraph's schema is refused: its terms are not the ones searched for
python3 - "$HERE/../../bundles/org.lexgraph.index.solr/src/org/lexgraph/index/solr/configset" <<'PY' || echo "could not make the old collection" >&2
import io, os, sys, urllib.request, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for f in os.listdir(sys.argv[1]):
        z.write(os.path.join(sys.argv[1], f), f)
urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:18983/solr/admin/configs?action=UPLOAD&name=lexgraph-schema-1-nl-1',
    data=buf.getvalue(), headers={'Content-Type': 'application/octet-stream'}, method='POST')).read()
urllib.request.urlopen('http://127.0.0.1:18983/solr/admin/collections?action=CREATE&name=old&numShards=1&collection.configName=lexgraph-schema-1-nl-1').read()
PY
lexgraph --kb "$WORK/solo-local" index use solr://127.0.0.1:18983/old --as carol2 > /dev/null 2> "$WORK/stamp.err"
check "another schema's collection: refused, saying which and what to do" has "$WORK/stamp.err" "was made for Lexgraph's schema schema-1-nl-1.*bind to a new collection"
check "... and the knowledge base stays on its own index" [ ! -f "$WORK/solo-local/index-binding.properties" ]

# one node down: searches still answer (every shard has a replica on the other node)
"$HERE/solr.sh" stop-node 2 > /dev/null 2>&1
check "node 2 stopped" [ "$(cluster_status team | cut -d' ' -f1)" = 1 ]
lexgraph --kb "$WORK/anna" search --json "maatschappelijke ondersteuning" > "$WORK/down-a.jsonl" 2> "$WORK/down-a.err"
check "node down: anna's search still answers, with bram's hits" has "$WORK/down-a.jsonl" '"from":"bram"'
lexgraph --kb "$WORK/bram" search --json "vreemdelingenbewaring" > "$WORK/down-b.jsonl" 2> "$WORK/down-b.err"
check "node down: bram's search (its first node is the stopped one) answers" has "$WORK/down-b.jsonl" '"from":"anna"'
"$HERE/solr.sh" start-node 2 > /dev/null 2>&1

# the whole cluster down: an import is kept, the command says what is not yet shared; sync catches up
"$HERE/solr.sh" stop-node 1 > /dev/null 2>&1
"$HERE/solr.sh" stop-node 2 > /dev/null 2>&1
printf '# Notitie opvang\n\nDe gemeente biedt bed-bad-brood aan uitgeprocedeerde vreemdelingen in Zwijndrecht.\n' > "$WORK/notitie.md"
lexgraph --kb "$WORK/anna" import "$WORK/notitie.md" > "$WORK/down-import.out" 2> "$WORK/down-import.err"
rc=$?
check "cluster down: the import fails as a command (exit not 0)" [ $rc != 0 ]
check "cluster down: it says the import is kept and how to catch up" has "$WORK/down-import.err" 'saved in the knowledge base, but not yet in the shared collection.*cannot be reached.*index sync'
lexgraph --kb "$WORK/anna" sources > "$WORK/down-sources.txt" 2>&1
check "cluster down: nothing lost, the source is in the knowledge base" has "$WORK/down-sources.txt" 'notitie.md'
lexgraph --kb "$WORK/anna" index status > "$WORK/down-status.txt" 2>&1
check "cluster down: the status says what waits and why" has "$WORK/down-status.txt" 'waiting to be sent: 1 source'
check "cluster down: ... and that it cannot be reached" has "$WORK/down-status.txt" 'cannot be reached'
lexgraph --kb "$WORK/anna" search zwijndrecht > "$WORK/down-search.out" 2> "$WORK/down-search.err"
rc=$?
check "cluster down: a search fails with a clear message" [ $rc != 0 ]
check "cluster down: ... naming the collection and the nodes" has "$WORK/down-search.err" 'the collection solr://127.0.0.1:18983,127.0.0.1:18984/team cannot be reached: 127.0.0.1:18983'
"$HERE/solr.sh" start-node 1 > /dev/null 2>&1
"$HERE/solr.sh" start-node 2 > /dev/null 2>&1
for _ in $(seq 1 60); do # until both shards have a leader again
  lexgraph --kb "$WORK/anna" index sync > "$WORK/sync.out" 2> "$WORK/sync.err" && break
  sleep 1
done
check "back up: index sync sends what waited" has "$WORK/sync.out" '1 source sent'
lexgraph --kb "$WORK/bram" search --json zwijndrecht > "$WORK/after.jsonl" 2> /dev/null
check "back up: the others find it" has "$WORK/after.jsonl" '"from":"anna"'
lexgraph --kb "$WORK/anna" index sync > "$WORK/sync2.out" 2>&1
check "back up: then nothing waits" has "$WORK/sync2.out" 'up to date'

# back to its own index: searches are answered locally again, the collection keeps what was published
lexgraph --kb "$WORK/bram" index use local > "$WORK/local.out" 2>&1
check "index use local: says the passages stay" has "$WORK/local.out" 'own index again; its passages stay in'
lexgraph --kb "$WORK/bram" search --json "vreemdelingenbewaring" > "$WORK/b-local.jsonl" 2> /dev/null
check "index use local: no hits from others" hasnot "$WORK/b-local.jsonl" '"from"'
lexgraph --kb "$WORK/bram" index use "ftp://x/y" > /dev/null 2> "$WORK/bad.err"
check "a location that is none: says how to write one" has "$WORK/bad.err" 'is no collection: write solr://HOST:PORT/COLLECTION'

# TLS: a node behind a TLS front (its certificate made here); trusted through the JVM's trust store, else refused
(cd "$WORK" && openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 > /dev/null 2>&1 \
  && "$JAVA_HOME/bin/keytool" -importcert -noprompt -alias solr -file cert.pem -keystore trust.p12 -storetype PKCS12 \
  -storepass geheim > /dev/null 2>&1)
python3 "$HERE/tls-proxy.py" 18443 18983 "$WORK/cert.pem" "$WORK/key.pem" > "$WORK/tls-proxy.log" 2>&1 &
TLS_PROXY=$!
for _ in $(seq 1 40); do grep -q listening "$WORK/tls-proxy.log" && break; sleep 0.25; done
lexgraph --kb "$WORK/tina" import "$SAMPLES/BWBR0018450-zorgverzekeringswet.md" > /dev/null 2>&1
lexgraph --kb "$WORK/tina" index use solrs://127.0.0.1:18443/team --as tina > /dev/null 2> "$WORK/tls-untrusted.err"
check "TLS: a certificate not trusted is refused, saying how to trust it" has "$WORK/tls-untrusted.err" 'the certificate of 127.0.0.1:18443 is not trusted.*javax.net.ssl.trustStore'
LEXGRAPH_VMARGS="-Djavax.net.ssl.trustStore=$WORK/trust.p12 -Djavax.net.ssl.trustStorePassword=geheim" \
  lexgraph --kb "$WORK/tina" index use solrs://127.0.0.1:18443/team --as tina > "$WORK/tls.out" 2> "$WORK/tls.err"
check "TLS: trusted, published over TLS" has "$WORK/tls.out" 'bound to solrs://127.0.0.1:18443/team as tina; 2 sources published'
LEXGRAPH_VMARGS="-Djavax.net.ssl.trustStore=$WORK/trust.p12 -Djavax.net.ssl.trustStorePassword=geheim" \
  lexgraph --kb "$WORK/tina" search --json "maatschappelijke ondersteuning" > "$WORK/tls.jsonl" 2> /dev/null
check "TLS: and searched over TLS, the team's sources found" has "$WORK/tls.jsonl" '"from":"bram"'
kill $TLS_PROXY 2> /dev/null

# basic authentication: a cluster that asks for a user; credentials from the environment or a file, never kept
LEXGRAPH_SOLR_AUTH=lexgraph:geheim-2026 LEXGRAPH_SOLR_HOME=$AUTH_HOME "$HERE/solr.sh" start 2 18985 > "$WORK/auth-start.out" 2>&1
AUTH=solr://127.0.0.1:18985/secured
lexgraph --kb "$WORK/dora" import "$SAMPLES/BWBR0018450-zorgverzekeringswet.md" > /dev/null 2>&1
lexgraph --kb "$WORK/dora" index use "$AUTH" --as dora > /dev/null 2> "$WORK/auth-none.err"
check "auth: without credentials, refused with what to set" has "$WORK/auth-none.err" 'refused the credentials (HTTP 401): set LEXGRAPH_SOLR_USER and LEXGRAPH_SOLR_PASSWORD'
LEXGRAPH_SOLR_USER=lexgraph LEXGRAPH_SOLR_PASSWORD=geheim-2026 lexgraph --kb "$WORK/dora" index use "$AUTH" --as dora > "$WORK/auth-env.out" 2> "$WORK/auth-env.err"
check "auth: with credentials in the environment, published" has "$WORK/auth-env.out" 'as dora; 2 sources published'
check "auth: the password is nowhere in the knowledge base" [ -z "$(grep -rl 'geheim-2026' "$WORK/dora" 2>/dev/null)" ]
printf 'lexgraph:geheim-2026\n' > "$WORK/credentials"
LEXGRAPH_SOLR_CREDENTIALS=$WORK/credentials lexgraph --kb "$WORK/dora" search --json "medisch noodzakelijke zorg" > "$WORK/auth-file.jsonl" 2> "$WORK/auth-file.err"
check "auth: credentials from a file, the search answers" has "$WORK/auth-file.jsonl" '"from":"dora"'
check "auth: no password in what was printed" [ -z "$(cat "$WORK"/auth-*.out "$WORK"/auth-*.err | grep 'geheim-2026')" ]

if [ $failed != 0 ]; then
  for f in use-a.err use-b.err a-wmo.err down-a.err down-b.err down-import.err sync.err tls-untrusted.err tls.err auth-none.err auth-env.err auth-file.err; do
    [ -s "$WORK/$f" ] && { echo "--- $f:" >&2; head -5 "$WORK/$f" >&2; }
  done
fi
echo "cluster tests: $passed passed, $failed failed"
[ $failed = 0 ]
