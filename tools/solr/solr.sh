#!/usr/bin/env bash
# A local SolrCloud for trying a shared index (./lexgraph-dev solr start|stop|status): two nodes (8983, 8984) and an
# embedded ZooKeeper in one background process, Solr's own MiniSolrCloudCluster from Maven Central (tools/solr, built
# on first use). Its folder: $LEXGRAPH_SOLR_HOME (default tools/solr/target/cluster, which the product build's clean leaves alone): the nodes' data, solr.log,
# solr.pid, and cluster.properties (the nodes' URLs and ZooKeeper's address) while it runs.
# usage: solr.sh start [NODES] [FIRST_PORT] | stop | status | stop-node N | start-node N      (needs JAVA_HOME of a JDK 21+ and MVN; lexgraph-dev sets them)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HOME_DIR=${LEXGRAPH_SOLR_HOME:-$HERE/target/cluster}
PID_FILE=$HOME_DIR/solr.pid
READY=$HOME_DIR/cluster.properties

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

case "${1:-}" in
  start)
    nodes=${2:-2}
    port=${3:-8983}
    if running; then
      echo "solr: already running (pid $(cat "$PID_FILE")):"; cat "$READY" 2>/dev/null; exit 0
    fi
    if [ ! -f "$HERE/target/local-solrcloud-1.0.0.jar" ] || [ ! -d "$HERE/target/lib" ] \
        || [ -n "$(find "$HERE/src" "$HERE/pom.xml" -newer "$HERE/target/local-solrcloud-1.0.0.jar" -type f 2>/dev/null)" ]; then
      echo "solr: building the local SolrCloud (Solr 9.10.1 from Maven Central, once) ..." >&2
      mkdir -p "$HERE/target"
      (cd "$HERE" && "$MVN" -B -q package) > "$HERE/target/build.log" 2>&1 || {
        echo "solr: the build failed; see tools/solr/target/build.log:" >&2; tail -5 "$HERE/target/build.log" >&2; exit 1; }
    fi
    for p in $(seq "$port" $((port + nodes - 1))); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "solr: port $p is taken; stop what uses it or give another first port: solr start $nodes PORT" >&2; exit 1
      fi
    done
    # a cluster starts empty: its ZooKeeper is new, so the nodes' former cores would belong to no collection
    rm -rf "$HOME_DIR/nodes" "$HOME_DIR/control"
    mkdir -p "$HOME_DIR"
    rm -f "$READY"
    nohup "$JAVA_HOME/bin/java" -Xmx${LEXGRAPH_SOLR_HEAP:-1g} --enable-native-access=ALL-UNNAMED \
        -cp "$HERE/target/local-solrcloud-1.0.0.jar:$HERE/target/lib/*" org.lexgraph.tools.solr.LocalSolrCloud \
        "$HOME_DIR" "$nodes" "$port" > "$HOME_DIR/solr.log" 2>&1 < /dev/null &
    echo $! > "$PID_FILE"
    for _ in $(seq 1 240); do
      [ -f "$READY" ] && break
      running || { echo "solr: it stopped while starting; see $HOME_DIR/solr.log:" >&2; tail -5 "$HOME_DIR/solr.log" >&2; exit 1; }
      sleep 0.25
    done
    [ -f "$READY" ] || { echo "solr: not up within a minute; see $HOME_DIR/solr.log" >&2; exit 1; }
    echo "solr: a SolrCloud of $nodes nodes is running (pid $(cat "$PID_FILE")); stop it with ./lexgraph-dev solr stop"
    cat "$READY"
    ;;
  stop)
    if ! running; then
      echo "solr: not running"; rm -f "$PID_FILE"; exit 0
    fi
    pid=$(cat "$PID_FILE")
    kill "$pid"
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$PID_FILE" "$READY"
    echo "solr: stopped"
    ;;
  stop-node|start-node)
    n=${2:-}
    case "$n" in ''|*[!0-9]*) echo "usage: solr $1 N   (N: the node, 1 for the first port)" >&2; exit 2 ;; esac
    running || { echo "solr: not running" >&2; exit 1; }
    rm -f "$HOME_DIR/control/failed-node-$n"
    touch "$HOME_DIR/control/$1-$n" || exit 1
    for _ in $(seq 1 360); do
      [ -f "$HOME_DIR/control/$1-$n" ] || break
      sleep 0.25
    done
    if [ -f "$HOME_DIR/control/$1-$n" ] || [ -f "$HOME_DIR/control/failed-node-$n" ]; then
      echo "solr: $1 $n failed: $(cat "$HOME_DIR/control/failed-node-$n" 2>/dev/null || echo 'no answer within 90 s')" >&2
      exit 1
    fi
    if [ "$1" = stop-node ]; then echo "solr: node $n stopped"; else echo "solr: node $n started"; fi
    ;;
  status)
    if running; then
      echo "solr: running (pid $(cat "$PID_FILE"))"; cat "$READY" 2>/dev/null
    else
      echo "solr: not running"; exit 3
    fi
    ;;
  *)
    echo "usage: ./lexgraph-dev solr start [NODES] [FIRST_PORT] | stop | status | stop-node N | start-node N" >&2
    exit 2 ;;
esac
