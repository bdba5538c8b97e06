#!/usr/bin/env bash
# Runs the camel-pipedrive benchmarks (issue #6) and prints one summary table; see docs/performance.md.
#
#   benchmarks/run.sh            full run (~20 min on 2 cores)
#   benchmarks/run.sh -smoke     minimal iterations (~2-3 min): proves everything runs and produces numbers (CI)
#   benchmarks/run.sh -parts 1,4 -forks 1 -startup-runs 5 -out DIR    any subset / other settings
#
# Environment: MVN (default: the project's Maven wrapper; e.g. MVN="mvn -o" to stay offline),
# SKIP_INSTALL=1 to use the camel-pipedrive and sandbox jars already in the local repository as they are.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
MVN="${MVN:-$root/mvnw}"

cd "$root"
if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
  echo "[run.sh] installing camel-pipedrive and the sandbox (with the parent pom) into the local repository"
  $MVN -B -q -pl camel-pipedrive-sandbox,camel-pipedrive-component -am install -DskipTests
fi
echo "[run.sh] building the benchmarks and the start-up applications' classpaths"
$MVN -B -q -f "$here/pom.xml" package -DskipTests
$MVN -B -q -f "$here/startup-apps/pom.xml" package

cd "$here"
exec java -Xmx512m -Djmh.ignoreLock=true -Dbench.home="$here" -cp "$here/target/classes:$(cat "$here/target/benchmarks.classpath")" \
  io.github.camelpipedrive.benchmarks.BenchmarkRunner "$@"
