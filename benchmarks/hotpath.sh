#!/usr/bin/env bash
# The part of the benchmarks that the component's hot path moves (docs/performance.md, "Hot path before and after"):
# part 1 at 16 threads, the component (a) against the raw HttpClient (c), deal/add and person/update, with the gc and
# CPU profilers; then part 1b (no network). About 5 minutes instead of the full run's 30.
#
#   benchmarks/hotpath.sh [BENCH_DIR] [OUT_DIR]
#
# BENCH_DIR: a built benchmarks module (target/classes and target/benchmarks.classpath; `run.sh -parts 1 -forks 1`
# or `mvn -f benchmarks/pom.xml package` builds it), default this script's directory; pointing it at a copy built
# from another commit measures that commit. The stub server runs in its own JVM, as in run.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$(cd "${1:-$here}" && pwd)"
out="${2:-$bench/target/hotpath-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$out"
cp="$bench/target/classes:$(cat "$bench/target/benchmarks.classpath")"
pkg=io.github.camelpipedrive.benchmarks

mkfifo "$out/stub.in"
java -Xms256m -Xmx256m -Dsun.net.httpserver.nodelay=true -cp "$cp" $pkg.StubPipedriveServer 0 \
  < "$out/stub.in" > "$out/stub.out" 2>&1 &
exec 3> "$out/stub.in"   # the stub serves until its standard input closes
for _ in $(seq 1 100); do grep -q LISTENING "$out/stub.out" && break; sleep 0.1; done
port="$(awk '/LISTENING/ {print $2}' "$out/stub.out")"
[[ -n "$port" ]] || { echo "the stub server did not start: $(cat "$out/stub.out")"; exit 1; }

jvm="-Xms1g -Xmx1g -Dsun.net.httpserver.nodelay=true -Dbench.server=http://127.0.0.1:$port"
echo "[hotpath] $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg); part 1, 16 threads (stub on port $port)"
java -cp "$cp" org.openjdk.jmh.Main "WriteBenchmarks\.(pipedrive|raw)_" -bm thrpt -tu s -t 16 -f 1 \
  -wi 18 -w 2s -i 5 -r 2s -prof gc -prof $pkg.CpuProfiler -jvmArgsAppend "$jvm" -foe true \
  -rf csv -rff "$out/part1-c16.csv" > "$out/part1-c16.log"
echo "[hotpath] $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg); part 1b"
java -cp "$cp" org.openjdk.jmh.Main "BreakdownBenchmarks" -bm avgt -tu us -t 1 -f 1 \
  -wi 5 -w 2s -i 5 -r 2s -prof gc -prof $pkg.CpuProfiler -jvmArgsAppend "-Xms1g -Xmx1g" -foe true \
  -rf csv -rff "$out/part1b.csv" > "$out/part1b.log"
echo "[hotpath] $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg); done"
exec 3>&-
wait

# score, error and allocation per benchmark, from JMH's own CSV
for f in part1-c16 part1b; do
  echo "== $f (benchmark, mode, score, error, unit)"
  grep -E '"[^"]*(_dealAdd|_personUpdate|_canned|_noop)(:gc\.alloc\.rate\.norm|:cpu[^"]*)?"' "$out/$f.csv" \
    | grep -Ev 'gc\.(alloc\.rate"|count|time|churn)' | cut -d, -f1,2,5,6,7 | sed "s/$pkg\.//"
done
echo "[hotpath] results in $out"
