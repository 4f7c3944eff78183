# Shared by ./lexgraph, ./lexgraph-dev and .ci/run: find a JDK 21+, a Maven 3.9+, the built product.
# Sourced, not run. Every function prints its own clear error and returns non-zero on failure.

LEXGRAPH_ROOT=${LEXGRAPH_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
LEXGRAPH_MAVEN_VERSION=3.9.14
LEXGRAPH_PRODUCT="$LEXGRAPH_ROOT/releng/org.lexgraph.product/target/products/org.lexgraph.product/linux/gtk/x86_64/lexgraph"

# The release number of a java executable ("17", "21", "25"), or nothing.
lexgraph_java_release() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

# Sets JAVA_HOME to a JDK of release 21 or newer: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
lexgraph_find_jdk() {
  local v best="" bestv=0 j
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(lexgraph_java_release "$JAVA_HOME/bin/java")
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then export JAVA_HOME; return 0; fi
  fi
  for j in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    [ -x "$j/bin/java" ] && [ -x "$j/bin/javac" ] || continue
    v=$(lexgraph_java_release "$j/bin/java")
    v=${v%%.*}
    if [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=${j%/}; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "lexgraph: no Java 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); install a JDK 21+ (e.g. Temurin 25)" >&2
    return 1
  fi
  export JAVA_HOME=$best
}

# Sets MVN to a Maven 3.9+ (Tycho 5 refuses older ones). The system Maven fetches it once from the Maven repository
# it already uses, running outside this reactor so that the old Maven never loads Tycho.
lexgraph_find_maven() {
  if [ -n "${MVN:-}" ]; then return 0; fi
  if command -v mvn >/dev/null && mvn -v 2>/dev/null | grep -qE 'Apache Maven 3\.(9|[1-9][0-9])\.'; then
    MVN=mvn; return 0
  fi
  local home=${XDG_CACHE_HOME:-$HOME/.cache}/maven-$LEXGRAPH_MAVEN_VERSION boot zip
  if [ ! -x "$home/bin/mvn" ]; then
    if ! command -v mvn >/dev/null; then
      echo "lexgraph: Maven is needed to build Lexgraph; install it (Debian: apt-get install maven)" >&2
      return 1
    fi
    echo "lexgraph: fetching Maven $LEXGRAPH_MAVEN_VERSION (once) ..." >&2
    boot=$(mktemp -d)
    (cd "$boot" && mvn -B -q -Dstyle.color=never dependency:copy \
        -Dartifact=org.apache.maven:apache-maven:$LEXGRAPH_MAVEN_VERSION:zip:bin -DoutputDirectory="$boot") >&2 || {
      echo "lexgraph: could not fetch Maven $LEXGRAPH_MAVEN_VERSION" >&2; rm -rf "$boot"; return 1; }
    zip=$boot/apache-maven-$LEXGRAPH_MAVEN_VERSION-bin.zip
    rm -rf "$home.tmp"; mkdir -p "$home.tmp"
    if command -v unzip >/dev/null; then
      unzip -q -o "$zip" -d "$home.tmp"
    else
      (cd "$home.tmp" && "$JAVA_HOME/bin/jar" xf "$zip") && chmod +x "$home.tmp"/apache-maven-*/bin/*
    fi || { echo "lexgraph: could not unpack $zip" >&2; rm -rf "$boot"; return 1; }
    rm -rf "$home"; mv "$home.tmp/apache-maven-$LEXGRAPH_MAVEN_VERSION" "$home"; rm -rf "$home.tmp" "$boot"
  fi
  MVN=$home/bin/mvn
}

# True when the product is missing or older than any source of the build.
lexgraph_product_stale() {
  local stamp="$LEXGRAPH_PRODUCT/.built"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$LEXGRAPH_ROOT/pom.xml" "$LEXGRAPH_ROOT/bundles" "$LEXGRAPH_ROOT/features" "$LEXGRAPH_ROOT/releng" \
      "$LEXGRAPH_ROOT/targetplatform" -newer "$stamp" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' -print -quit 2>/dev/null)" ]
}

# Builds the product without running tests; the build log goes to target/lexgraph-build.log.
lexgraph_build_product() {
  lexgraph_find_jdk && lexgraph_find_maven || return 1
  local log="$LEXGRAPH_ROOT/target/lexgraph-build.log" tmp status=0
  echo "lexgraph: building the product (a few minutes the first time; log: $log) ..." >&2
  # "clean" removes target/ while the build runs: the log is written elsewhere and moved there afterwards
  tmp=$(mktemp "${TMPDIR:-/tmp}/lexgraph-build.XXXXXX")
  (cd "$LEXGRAPH_ROOT" && "$MVN" -B -Dstyle.color=never -DskipTests clean verify) >"$tmp" 2>&1 || status=$?
  mkdir -p "$LEXGRAPH_ROOT/target"
  mv -f "$tmp" "$log"
  if [ "$status" != 0 ]; then
    echo "lexgraph: the build failed; the end of $log:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
  touch "$LEXGRAPH_PRODUCT/.built"
}
