#!/usr/bin/env bash
# Karvon benchmark: builds and starts karvon.jar on a fresh database karvon_bench, seeds it, drives
# load with wrk, measures the limits with pgbench and a trivial endpoint, writes target/bench/report.md
# and throughput.png. Fails only on request errors. See README "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CONSIGNMENTS=${BENCH_CONSIGNMENTS:-100000}
IN_TRANSIT=${BENCH_IN_TRANSIT:-1000}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PAIRS=${BENCH_PAIRS:-3}
PORT=${BENCH_PORT:-18080}
THREADS=2
DB=karvon_bench
OUT=$ROOT/target/bench
DATA=$OUT/data
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
export BENCH_WRK_DIR=$ROOT/bench/wrk BENCH_DATA=$DATA BENCH_THREADS=$THREADS

rm -rf "$OUT" && mkdir -p "$DATA"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { apt-get update -qq && apt-get install -y wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench missing (apt-get install postgresql-client)"; exit 2; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then ./mvnw -q -DskipTests package; fi
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")"

echo "== fresh database $DB"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== starting karvon.jar on port $PORT"
export KARVON_DB_URL=postgresql://127.0.0.1:5432/$DB KARVON_ADMIN_PASSWORD=bench-admin-Passw0rd SERVER_PORT=$PORT
export KARVON_TOKEN_LIFETIME=PT2H   # one token lasts the whole run
java @docker/jvm.options -jar target/karvon.jar >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
# await_ready PORT PID LOG: until the instance is ready; its log's tail and exit 2 if it died
await_ready() {
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { tail -40 "$3"; exit 2; }
    sleep 1
  done
}
await_ready $PORT $SERVER "$OUT/server.log"
BASE=http://127.0.0.1:$PORT
# the server's RSS through the whole run, seeding included (the report's peak)
( while sleep 1; do awk '/VmRSS/{print $2}' /proc/$SERVER/status 2>/dev/null || exit 0; done ) >"$OUT/rss-all.txt" &

echo "== seeding $CONSIGNMENTS consignments ($IN_TRANSIT in transit)"
start=$(date +%s)
java -cp "$CP" org.karvon.bench.BenchSeeder "$BASE" "jdbc:postgresql://127.0.0.1:5432/$DB" \
  "$KARVON_ADMIN_PASSWORD" "$CONSIGNMENTS" "$IN_TRANSIT" "$DATA"
# pgbench picks its random consignments from these side tables (schema bench, never read by Karvon)
"${PSQL[@]}" -d $DB <<SQL
create schema bench;
create table bench.pick (i serial primary key, number char(18) not null);
create table bench.transit (i serial primary key, number char(18) not null);
\copy bench.pick (number) from '$DATA/numbers.txt'
\copy bench.transit (number) from '$DATA/transit.txt'
analyze;
SQL
echo "seeded in $(( $(date +%s) - start ))s"
# every seeded registration is a log entry; the load starts once the sequencer has caught up, so no
# measured pass pays for the seeding's backlog
for _ in $(seq 1 600); do
  queued=$("${PSQL[@]}" -d $DB -c "select count(*) from log_queue")
  [ "$queued" = 0 ] && break
  sleep 1
done
echo "log sequenced ($queued left in the queue) after $(( $(date +%s) - start ))s"
set -a; . "$DATA/bench.env"; set +a
HOT=$(head -1 "$DATA/transit.txt")
CLK=$(getconf CLK_TCK)

# run_wrk NAME SCRIPT CONNECTIONS [VAR=VALUE…]: warm-up pass, then the measured pass with the
# server's CPU (utime+stime from /proc) and peak RSS sampled; appends one line to results.txt
run_wrk() {
  local name=$1 script=$2 conns=$3; shift 3
  # the JFR profile (the report lists its top frames) is of the warm-up pass: the profiler's sampling
  # cost the measured pass up to half its rate (scan 554 req/s profiled, 1,185 not, same run)
  if [ "${SKIP_WARMUP:-}" != 1 ]; then
    jcmd $SERVER JFR.start name="$name" settings=profile filename="$OUT/jfr-$name.jfr" >/dev/null
    env "$@" wrk -t$THREADS -c"$conns" -d"${WARMUP}s" -s "$BENCH_WRK_DIR/$script" "$BASE" >/dev/null
    jcmd $SERVER JFR.stop name="$name" >/dev/null
  fi
  local cpu0 rss=0 t0 t1 cpu1
  cpu0=$(awk '{print $14+$15}' /proc/$SERVER/stat); t0=$(date +%s.%N)
  ( while sleep 0.5; do awk '/VmRSS/{print $2}' /proc/$SERVER/status; done ) >"$OUT/rss-$name.txt" &
  local sampler=$!
  env "$@" wrk -t$THREADS -c"$conns" -d"${DURATION}s" --timeout 10s -s "$BENCH_WRK_DIR/$script" "$BASE" >"$OUT/wrk-$name.txt"
  kill $sampler; wait $sampler 2>/dev/null || true
  cpu1=$(awk '{print $14+$15}' /proc/$SERVER/stat); t1=$(date +%s.%N)
  rss=$(sort -n "$OUT/rss-$name.txt" | tail -1)
  local cpu; cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v c="$CLK" -v s="$t0" -v e="$t1" 'BEGIN { print (b - a) * 100 / c / (e - s) }')
  printf '%s connections=%s cpu=%.0f rssmb=%.0f %s\n' "$name" "$conns" "$cpu" "$((rss / 1024))" \
    "$(grep '^RESULT' "$OUT/wrk-$name.txt" | cut -d' ' -f2-)" | tee -a "$OUT/results.txt"
}

# run_wrk_on_both NAME SCRIPT CONNECTIONS: like run_wrk, against both instances at once (one wrk thread
# and half the connections each, after a warm-up of the second); req/s and errors add up, latencies are
# the worse of the two, CPU is both servers' together, RSS the larger of the two
run_wrk_on_both() {
  local name=$1 script=$2 half=$(($3 / 2)) cpu0 cpu1 t0 t1 rss a b
  wrk -t1 -c"$half" -d"${WARMUP}s" -s "$BENCH_WRK_DIR/$script" "$BASE2" >/dev/null
  cpu0=$(( $(awk '{print $14+$15}' /proc/$SERVER/stat) + $(awk '{print $14+$15}' /proc/$SERVER2/stat) )); t0=$(date +%s.%N)
  ( while sleep 0.5; do awk '/VmRSS/{print $2}' /proc/$SERVER/status /proc/$SERVER2/status; done ) >"$OUT/rss-$name.txt" &
  local sampler=$!
  BENCH_THREADS=1 wrk -t1 -c"$half" -d"${DURATION}s" --timeout 10s -s "$BENCH_WRK_DIR/$script" "$BASE" >"$OUT/wrk-$name-1.txt" &
  a=$!
  BENCH_THREADS=1 wrk -t1 -c"$half" -d"${DURATION}s" --timeout 10s -s "$BENCH_WRK_DIR/$script" "$BASE2" >"$OUT/wrk-$name-2.txt" &
  b=$!
  wait $a $b
  kill $sampler; wait $sampler 2>/dev/null || true
  cpu1=$(( $(awk '{print $14+$15}' /proc/$SERVER/stat) + $(awk '{print $14+$15}' /proc/$SERVER2/stat) )); t1=$(date +%s.%N)
  rss=$(sort -n "$OUT/rss-$name.txt" | tail -1)
  local cpu; cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v c="$CLK" -v s="$t0" -v e="$t1" 'BEGIN { print (b - a) * 100 / c / (e - s) }')
  printf '%s connections=%s cpu=%.0f rssmb=%.0f %s\n' "$name" "$((half * 2))" "$cpu" "$((rss / 1024))" \
    "$(grep -h '^RESULT' "$OUT/wrk-$name-1.txt" "$OUT/wrk-$name-2.txt" | awk '
      { for (i = 2; i <= NF; i++) { split($i, kv, "="); k = kv[1]; v = kv[2]
          if (k ~ /^(requests|rps|non2xx|socket)$/) sum[k] += v; else if (v > worst[k]) worst[k] = v } }
      END { printf "requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d socket=%d",
            sum["requests"], sum["rps"], worst["p50"], worst["p95"], worst["p99"], worst["max"], sum["non2xx"], sum["socket"] }')" \
    | tee -a "$OUT/results.txt"
}

# run_pgbench NAME SCRIPT CLIENTS [pgbench -D options…]: the operation's own SQL straight to PostgreSQL
run_pgbench() {
  local name=$1 script=$2 clients=$3; shift 3
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j $THREADS -T "$DURATION" "$@" \
    -f "$ROOT/bench/pgbench/$script" $DB >"$OUT/pgbench-$name.txt" 2>&1 || { cat "$OUT/pgbench-$name.txt"; exit 2; }
  printf 'limit-%s clients=%s tps=%s\n' "$name" "$clients" \
    "$(awk '/^tps/{print $3; exit}' "$OUT/pgbench-$name.txt")" | tee -a "$OUT/limits.txt"
}

if [ -n "${BENCH_SEED_ONLY:-}" ]; then echo "seeded; server pid $SERVER on $BASE"; wait $SERVER; fi

echo "== load"
echo "before $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >"$OUT/machine.txt"
PICKS=(-D picks="$(wc -l <"$DATA/numbers.txt")" -D transits="$(wc -l <"$DATA/transit.txt")")
REGISTER_VARS=(-D carrier="$("${PSQL[@]}" -d $DB -c "select id from organization where name = 'Silk Way Bench LLC'")"
  -D details="$("${PSQL[@]}" -d $DB -c "select details::text from consignment where jsonb_array_length(details -> 'goods') = 5 limit 1")"
  -D token="$("${PSQL[@]}" -d $DB -c "select qr_token from consignment limit 1")")

run_wrk ceiling ceiling.lua "$CONNECTIONS"
run_wrk health health.lua "$CONNECTIONS"

# interleaved: each operation, then its pgbench limit, A B A B …, so a change in the machine's load hits
# both sides of a ratio alike; the report gives the median ratio and its spread (README "Benchmarks")
for i in $(seq 1 "$PAIRS"); do
  warm=$([ "$i" = 1 ] && echo 0 || echo 1)
  SKIP_WARMUP=$warm run_wrk "scan@$i" scan.lua "$CONNECTIONS"
  run_pgbench "scan@$i" scan.sql "$CONNECTIONS" "${PICKS[@]}"
  SKIP_WARMUP=$warm run_wrk "append@$i" append.lua "$CONNECTIONS"
  run_pgbench "append@$i" append.sql "$CONNECTIONS" "${PICKS[@]}"
  SKIP_WARMUP=$warm run_wrk "register@$i" register.lua "$CONNECTIONS"
  run_pgbench "register@$i" register.sql "$CONNECTIONS" "${REGISTER_VARS[@]}"
done
run_wrk append-hot append.lua 16 BENCH_HOT="$HOT"
run_pgbench append-hot append-hot.sql 16 -D hot="$HOT"
run_wrk qr-png qrpng.lua "$CONNECTIONS"
run_pgbench qr-png read.sql "$CONNECTIONS" "${PICKS[@]}"
run_wrk photo-scan photo.lua "$THREADS"

# half of the median req/s of the operation's pairs
rate_of() { grep "^$1@" "$OUT/results.txt" | tr ' ' '\n' | sed -n 's/^rps=//p' | sort -n \
  | awk '{ r[NR] = $1 } END { printf "%d", r[int((NR + 1) / 2)] / 2 }'; }
run_wrk scan-half-rate scan.lua "$CONNECTIONS" BENCH_RATE="$(rate_of scan)"
run_wrk append-half-rate append.lua "$CONNECTIONS" BENCH_RATE="$(rate_of append)"

# BENCH_INSTANCES=2: a second karvon.jar on the same database (as a second node would be), scan and
# append driven through both at once, half the connections each; the report adds them up
if [ "${BENCH_INSTANCES:-1}" = 2 ]; then
  echo "== second instance on port $((PORT + 1))"
  SERVER_PORT=$((PORT + 1)) java @docker/jvm.options -jar target/karvon.jar >"$OUT/server-2.log" 2>&1 &
  SERVER2=$!
  trap 'kill $SERVER $SERVER2 2>/dev/null; wait $SERVER $SERVER2 2>/dev/null || true' EXIT
  await_ready $((PORT + 1)) $SERVER2 "$OUT/server-2.log"
  BASE2=http://127.0.0.1:$((PORT + 1))
  ( while sleep 1; do awk '/VmRSS/{print $2}' /proc/$SERVER2/status 2>/dev/null || exit 0; done ) >>"$OUT/rss-all.txt" &
  for op in scan append; do
    run_wrk_on_both "two-instances-$op" "$op.lua" "$CONNECTIONS"
    run_pgbench "two-instances-$op" "$op.sql" "$CONNECTIONS" "${PICKS[@]}"
  done
fi

echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/machine.txt"
echo "== report"
java -cp "$CP" org.karvon.bench.BenchReport "$OUT"
cat "$OUT/report.md"
errors=$(awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^(non2xx|socket)=/) { split($i, kv, "="); sum += kv[2] } } END { print sum + 0 }' "$OUT/results.txt")
if [ "$errors" -gt 0 ]; then echo "FAILED: $errors request errors (see $OUT/wrk-*.txt, $OUT/server.log)"; exit 1; fi
echo "no request errors"
