#!/usr/bin/env bash
# Benchmark: the evaluation service's replay (POST /api/v1/indicators/generations), which rebuilds the indicators'
# facts from offset zero of the seven topics into a new generation, one transaction per batch of up
# to 5,000 records. Target (issue of the evaluation service): at least 20,000 events/s on this machine. Runs against a
# platform started with deploy/local/essor (started here when the evaluation service does not answer: ESSOR_PG_PORT,
# ESSOR_PG, ESSOR_PORT_OFFSET and ESSOR_STATE_DIR as for the launcher), never as a unit test.
#
#   platform/bench/evaluation-replay.sh [--keep-up] [EVENTS] [TARGET_PER_SECOND]
#
# Writes EVENTS generated events (default 300,000) over the seven topics (platform/bench/replay/ReplayLoad.java, an
# idempotent producer), waits until the service's live consumers (and the other services' registry projections) have
# applied them, starts a replay as the evaluator, follows it until the new generation serves, and prints
# records replayed / (switchedAt - startedAt) against TARGET_PER_SECOND (default 20,000). The topics' whole history is
# replayed, events of earlier runs included. Appends the figures, the machine and the versions to
# platform/bench/results/<date>-evaluation-replay.md. Stops the platform at the end when it started it (--keep-up to
# leave it running). Exits 1 when the target is missed.
#
# Needs: java (17), curl, jq, psql (postgresql-client); the platform built (./mvnw install -DskipTests).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
LAUNCHER=$ROOT/deploy/local/essor

say() { printf '%s\n' "$*"; }
step() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'evaluation-replay: %s\n' "$*" >&2; exit 2; }
usage() { sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }

KEEP_UP=0
positional=()
for argument in "$@"; do
    case $argument in
        --keep-up) KEEP_UP=1 ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; fail "unknown option: $argument" ;;
        *) positional+=("$argument") ;;
    esac
done
EVENTS=${positional[0]:-300000}
TARGET=${positional[1]:-20000}
[[ $EVENTS =~ ^[0-9]+$ && $EVENTS -gt 0 ]] || fail "EVENTS must be a positive whole number"
[[ $TARGET =~ ^[0-9]+$ && $TARGET -gt 0 ]] || fail "TARGET_PER_SECOND must be a positive whole number"

for tool in java curl jq psql awk sort; do
    command -v "$tool" >/dev/null 2>&1 || fail "missing tool: $tool (java: openjdk-17-jdk-headless; psql: postgresql-client)"
done

# --- where things are ------------------------------------------------------------------------------------

OFFSET=${ESSOR_PORT_OFFSET:-0}
EVALUATION_PORT=$((8085 + OFFSET))
EVALUATION_MANAGEMENT_PORT=$((9085 + OFFSET))
KAFKA=127.0.0.1:$((9092 + OFFSET))
STATE=${ESSOR_STATE_DIR:-$ROOT/.essor}
API=http://127.0.0.1:$EVALUATION_PORT/api/v1/indicators/generations
TOPICS=(registry.enterprise.v1 programmes.application.v1 programmes.participation.v1 financing.application.v1
    financing.payment.v1 calendar.event.v1 calendar.registration.v1)
TOPIC_LIST=$(printf "'%s'," "${TOPICS[@]}")
TOPIC_LIST=${TOPIC_LIST%,}

# PGHOST, PGPORT, PGUSER, PGPASSWORD from the launcher's PostgreSQL (ESSOR_PG, else its own on ESSOR_PG_PORT)
pg_environment() {
    local rest=${1#postgres*://} userinfo=postgres hostport
    hostport=$rest
    if [[ $rest == *@* ]]; then userinfo=${rest%%@*}; hostport=${rest#*@}; fi
    hostport=${hostport%%/*}
    [[ $hostport == *:* ]] || hostport="$hostport:5432"
    export PGHOST=${hostport%:*} PGPORT=${hostport##*:} PGUSER=${userinfo%%:*} PGPASSWORD=""
    [[ $userinfo == *:* ]] && PGPASSWORD=${userinfo#*:}
    export PGCONNECT_TIMEOUT=10 PGOPTIONS='-c client_min_messages=warning'
}
pg_environment "${ESSOR_PG:-postgresql://postgres@127.0.0.1:${ESSOR_PG_PORT:-$((5432 + OFFSET))}}"
sql_value() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# The Kafka client for the loader: the broker distribution's jars (platform/servers), else the local Maven repository.
kafka_classpath() {
    local lib=$ROOT/platform/servers/target/kafka/lib
    if compgen -G "$lib/kafka-clients-*.jar" >/dev/null; then
        printf '%s/*' "$lib"
        return 0
    fi
    local m2=${MAVEN_REPOSITORY:-$HOME/.m2/repository} jars=() pattern jar
    for pattern in "org/apache/kafka/kafka-clients/*/kafka-clients-*.jar" "at/yawk/lz4/lz4-java/*/lz4-java-*.jar" \
        "org/lz4/lz4-java/*/lz4-java-*.jar" "org/slf4j/slf4j-api/2*/slf4j-api-*.jar"; do
        jar=$(compgen -G "$m2/$pattern" | grep -v -e '-sources' -e '-javadoc' | sort -V | tail -n 1 || true)
        [[ -n $jar ]] && jars+=("$jar")
    done
    ((${#jars[@]} >= 2)) || fail "no Kafka client: build the platform first (./mvnw install -DskipTests)"
    local IFS=:
    printf '%s' "${jars[*]}"
}

KAFKA_CLASSPATH=$(kafka_classpath) || exit 2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/essor-replay-bench.XXXXXX")
PLATFORM_STARTED=0
SAMPLER_PID=""
cleanup() {
    local status=$?
    if [[ -n $SAMPLER_PID ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
    fi
    if ((PLATFORM_STARTED)); then
        if ((KEEP_UP)); then
            say "The platform keeps running (--keep-up): deploy/local/essor down stops it."
        else
            step "Stopping the platform this run started"
            "$LAUNCHER" down >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

http_ok() { curl -fs -o /dev/null --max-time 5 "$1"; }

# --- the platform ----------------------------------------------------------------------------------------

if ! http_ok "http://127.0.0.1:$EVALUATION_MANAGEMENT_PORT/q/health/ready"; then
    [[ -f $ROOT/services/evaluation/target/quarkus-app/quarkus-run.jar ]] ||
        fail "the evaluation service is not built: ./mvnw install -DskipTests first"
    step "Starting the platform (deploy/local/essor up --no-build; state in $STATE)"
    PLATFORM_STARTED=1
    "$LAUNCHER" up --no-build | sed -u -e '/^Next steps/,$d' -e 's/^/    /'
fi
http_ok "http://127.0.0.1:$EVALUATION_MANAGEMENT_PORT/q/health/ready" || fail "the evaluation service is not ready"
START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
building=$(sql_value essor_evaluation "SELECT generation FROM projection_generation WHERE status = 'BUILDING'")
[[ -z $building ]] || fail "generation $building is being built already: wait until it serves (GET $API)"

# --- the events ------------------------------------------------------------------------------------------

SEED=${ESSOR_BENCH_SEED:-$RANDOM$RANDOM}
step "Writing $EVENTS events over the seven topics (platform/bench/replay/ReplayLoad.java, seed $SEED)"
load_started=$(date +%s%N)
java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_CLASSPATH" "$BENCH/replay/ReplayLoad.java" \
    "$KAFKA" "$EVENTS" "$SEED" >"$WORK/load.txt" 2> >(sed -u 's/^/    /' >&2)
load_ms=$((($(date +%s%N) - load_started) / 1000000))
read -r _ WRITTEN TOTAL < <(awk '$1 == "total"' "$WORK/load.txt") || true
[[ ${WRITTEN:-} == "$EVENTS" && -n ${TOTAL:-} ]] || fail "the loader did not report its events: $(cat "$WORK/load.txt")"
awk '$1 != "total" { printf "    %-28s %9d written, %9d in the topic\n", $1, $2, $3 }' "$WORK/load.txt"
say "    $WRITTEN events in $(awk -v ms="$load_ms" 'BEGIN { printf "%.1f", ms / 1000 }') s, launch of the JVM included;" \
    "the seven topics now hold $TOTAL records"

# --- the evaluation service: alive, and why it stopped ------------------------------------------------------

EVALUATION_LOG=$STATE/logs/evaluation.log
EVALUATION_PID=""
[[ -f $STATE/pids/evaluation.pid ]] && EVALUATION_PID=$(<"$STATE/pids/evaluation.pid")
service_alive() {
    if [[ -n $EVALUATION_PID ]]; then kill -0 "$EVALUATION_PID" 2>/dev/null; else http_ok "http://127.0.0.1:$EVALUATION_MANAGEMENT_PORT/q/health/live"; fi
}
service_exit() {
    local last=""
    [[ -f $EVALUATION_LOG ]] && last=$(grep -v '^[[:space:]]' "$EVALUATION_LOG" | tail -n 1 | cut -c1-300)
    printf 'the end of its log (%s): %s' "$EVALUATION_LOG" "${last:-?}"
}
service_jvm() {
    if [[ -n $EVALUATION_PID && -r /proc/$EVALUATION_PID/cmdline ]]; then
        tr '\0' ' ' <"/proc/$EVALUATION_PID/cmdline" | grep -o -e '@[^ ]*' -e '-Xm[sx][0-9]*[kKmMgG]' | sed "s:@$ROOT/:@:" | tr '\n' ' '
        tr '\0' '\n' <"/proc/$EVALUATION_PID/environ" 2>/dev/null | grep '^ESSOR_EVALUATION_REPLAY_BATCH=' || true
    else
        printf '%s' "-Xmx384m (deploy/local/essor), process not found"
    fi
}
EVALUATION_JVM=$(service_jvm)
# What code runs: the checkout's commit now, and the evaluation service's build against its process's start (a build
# while the service runs replaces its jars under it).
GIT_LINE="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') on $(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?')$( [[ -n $(git -C "$ROOT" status --porcelain -- . ':!platform/bench' 2>/dev/null) ]] && printf ' (with uncommitted changes outside platform/bench)' || true)"
code_under_test() {
    local jar built started=""
    jar=$(compgen -G "$ROOT/services/evaluation/target/quarkus-app/app/*.jar" | head -n 1 || true)
    built=$([[ -n $jar ]] && date -u -r "$jar" '+%Y-%m-%d %H:%M:%S UTC' || echo '?')
    [[ -n $EVALUATION_PID ]] && started=$(date -u -d "$(ps -o lstart= -p "$EVALUATION_PID" 2>/dev/null)" '+%Y-%m-%d %H:%M:%S UTC' 2>/dev/null || true)
    printf 'checkout %s; the evaluation service (pid %s) started %s from a build of %s' "$GIT_LINE" "${EVALUATION_PID:-?}" "${started:-?}" "$built"
    if [[ -n $jar && -n $started ]] && (($(date -r "$jar" +%s) > $(date -d "$started" +%s))); then
        printf ' (its jars were rebuilt after it started: it runs an earlier build)'
    fi
}
CODE_LINE=$(code_under_test)

# --- the live consumers catch up -------------------------------------------------------------------------

# Records applied by the evaluation's seven live consumers, and by the registry projections of the other services
# that run here (they read registry.enterprise.v1 too, and would otherwise share the machine with the replay).
evaluation_applied() {
    sql_value essor_evaluation "SELECT coalesce(sum(next_offset), 0) FROM consumer_position
        WHERE consumer NOT LIKE 'evaluation.replay-%' AND topic IN ($TOPIC_LIST)"
}
REGISTRY_RECORDS=$(awk '$1 == "registry.enterprise.v1" { print $3 }' "$WORK/load.txt")
PROJECTIONS=()
for service in programmes financing calendar; do
    [[ $(sql_value postgres "SELECT count(*) FROM pg_database WHERE datname = 'essor_$service'") == 1 ]] &&
        PROJECTIONS+=("$service")
done
projections_behind() {
    local service applied behind=""
    for service in "${PROJECTIONS[@]}"; do
        applied=$(sql_value "essor_$service" "SELECT coalesce(sum(next_offset), 0) FROM consumer_position
            WHERE consumer = '$service.registry-projection' AND topic = 'registry.enterprise.v1'" 2>/dev/null || echo 0)
        ((applied >= REGISTRY_RECORDS)) || behind+=" $service:$applied/$REGISTRY_RECORDS"
    done
    printf '%s' "${behind# }"
}

step "Waiting for the live consumers to apply the $TOTAL records (consumer_position in essor_evaluation)"
wait_limit=$((600 + EVENTS / 500))
waited=0
last_report=0
while :; do
    applied=$(evaluation_applied)
    behind=$(projections_behind)
    ((applied >= TOTAL)) && [[ -z $behind ]] && break
    service_alive || fail "the evaluation service stopped while its live consumers applied the events ($applied of $TOTAL): $(service_exit)"
    ((waited < wait_limit)) || fail "after $waited s the live consumers have applied $applied of $TOTAL records${behind:+; behind: $behind}"
    if ((waited - last_report >= 15)); then
        say "    $applied of $TOTAL applied${behind:+; registry projections behind: $behind}"
        last_report=$waited
    fi
    sleep 2
    waited=$((waited + 2))
done
live_ms=$((($(date +%s%N) - load_started) / 1000000))
LIVE_LINE="the live consumers had applied the $TOTAL records $(awk -v ms="$live_ms" 'BEGIN { printf "%.0f", ms / 1000 }') s after the load started (load included)"
say "    $LIVE_LINE"
# The live consumers' writes leave dirty pages behind: a checkpoint now, rather than during the replay.
sql_value postgres "CHECKPOINT" >/dev/null 2>&1 || true
sleep 5

# --- the replay ------------------------------------------------------------------------------------------

token() { "$LAUNCHER" token evaluator; }
TOKEN=$(token) || fail "no token for the evaluator (is Keycloak up?)"
token_at=$(date +%s)
step "Replaying: POST $API"
curl -s -o "$WORK/post.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" "$API" >"$WORK/post.status" || true
[[ $(<"$WORK/post.status") == 202 ]] || fail "POST answered $(<"$WORK/post.status"): $(cat "$WORK/post.json")"
GENERATION=$(jq -r .generation "$WORK/post.json")
say "    generation $GENERATION: $(jq -c . "$WORK/post.json")"

# The generation's row sampled every 0.2 s by one psql session (the database's clock): the progress of `replayed`,
# which the replay sets as each batch starts, and when the switch became visible.
printf '%s \\watch 0.2\n' "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint, replayed, status
    FROM projection_generation WHERE generation = $GENERATION" |
    psql -X -q -At -F $'\t' -d essor_evaluation >"$WORK/progress.tsv" 2>/dev/null &
SAMPLER_PID=$!
stop_sampler() {
    sleep 1
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
}

replay_limit=$((300 + EVENTS / 200))
polled=0
DIED=""
while :; do
    if (($(date +%s) - token_at > 60)); then TOKEN=$(token) || true; token_at=$(date +%s); fi
    view=$(curl -fs --max-time 10 -H "Authorization: Bearer $TOKEN" "$API" | jq -c ".[] | select(.generation == $GENERATION)") || view=""
    status=$(jq -r '.status // empty' <<<"$view")
    [[ $status == SERVING || $status == RETIRED ]] && break
    if ! service_alive; then
        DIED=$(service_exit)
        say "    the evaluation service stopped: $DIED"
        break
    fi
    ((polled < replay_limit)) || fail "generation $GENERATION still ${status:-unknown} after $polled s: $view"
    ((polled % 10 == 0 && polled > 0)) && say "    ${status:-?}: $(jq -r '.replayed // "?"' <<<"$view") of $TOTAL records read"
    sleep 1
    polled=$((polled + 1))
done
[[ -n $DIED ]] || say "    $(jq -c . <<<"$view")"
stop_sampler

# --- the figures -----------------------------------------------------------------------------------------

IFS=$'\t' read -r REPLAYED REPLAY_S STARTED_AT SWITCHED_AT STARTED_MS < <(sql_value essor_evaluation "
    SELECT replayed, coalesce(round(extract(epoch FROM switched_at - started_at)::numeric, 3)::text, '-'), started_at,
           coalesce(switched_at::text, '-'), (extract(epoch FROM started_at) * 1000)::bigint
    FROM projection_generation WHERE generation = $GENERATION" | tr '|' '\t') || true

# From the samples: when the first batch started (after the replay's set-up: partitions, end offsets, positions),
# when the last one did, when readers saw the new generation (the switch's commit, which also deletes the replay's
# positions), and the time between batch starts (each new value of `replayed`).
read -r FIRST_BATCH_S LAST_BATCH_S VISIBLE_S BATCHES_SEEN STEP_MEDIAN STEP_P90 STEP_MAX LAST_READ LAST_SAMPLE_S < <(awk -F'\t' -v start="$STARTED_MS" '
    NF == 3 && $1 ~ /^[0-9]+$/ {
        if ($2 != previous) { if ($2 > 0) { changes[++n] = $1 }; previous = $2 }
        if (($3 == "SERVING" || $3 == "RETIRED") && visible == "") visible = $1
        last = $2; at = $1
    }
    END {
        for (i = 2; i <= n; i++) steps[i - 1] = changes[i] - changes[i - 1]
        m = n - 1
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (steps[j] < steps[i]) { t = steps[i]; steps[i] = steps[j]; steps[j] = t }
        printf "%s %s %s %d %s %s %s %s %s\n", (n ? sprintf("%.1f", (changes[1] - start) / 1000) : "?"),
            (n ? sprintf("%.1f", (changes[n] - start) / 1000) : "?"), (visible ? sprintf("%.1f", (visible - start) / 1000) : "?"), n,
            (m > 0 ? steps[int((m + 1) / 2)] : "?"), (m > 0 ? steps[int(m * 0.9) > 0 ? int(m * 0.9) : 1] : "?"), (m > 0 ? steps[m] : "?"),
            (last == "" ? "?" : last), (at ? sprintf("%.1f", (at - start) / 1000) : "?")
    }' "$WORK/progress.tsv")
# Every 5 s of the replay: records read by then
TIMELINE=$(awk -F'\t' -v start="$STARTED_MS" 'NF == 3 && $1 ~ /^[0-9]+$/ {
        t = int(($1 - start) / 5000) * 5; if (t > 0 && !(t in seen)) { seen[t] = 1; printf "%s%d s: %d", sep, t, $2; sep = "; " } }' "$WORK/progress.tsv")
LOAD_LINE="$WRITTEN events written in $(awk -v ms="$load_ms" 'BEGIN { printf "%.1f", ms / 1000 }') s (JVM start included); $LIVE_LINE"

ROWS=()
if [[ -n $DIED ]]; then
    RATE="-" VERDICT=FAIL
    HEADLINE="FAIL, the evaluation service stopped during the replay (target ≥ $TARGET events/s)"
    ROWS+=("Throughput | not measured: the evaluation service stopped after ${LAST_SAMPLE_S} s of replay, when ${LAST_READ} of $TOTAL records had been read (the batch under way was not committed); $DIED")
    ROWS+=("Records in the topics | $TOTAL ($WRITTEN written by this run, seed $SEED)")
    ROWS+=("Progress (records read) | $TIMELINE")
    ROWS+=("Phases (s after startedAt $STARTED_AT) | first batch ${FIRST_BATCH_S}, last batch started ${LAST_BATCH_S}")
    ROWS+=("Before the replay | $LOAD_LINE")
    ROWS+=("Evaluation service JVM | $EVALUATION_JVM")
    ROWS+=("Code under test | $CODE_LINE")
    say
    say "Replay of generation $GENERATION: FAIL, the evaluation service stopped after ${LAST_SAMPLE_S} s with ${LAST_READ} of $TOTAL records read"
    say "    progress: $TIMELINE"
else
    RATE=$(awk -v n="$REPLAYED" -v s="$REPLAY_S" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    VERDICT=$( ((RATE >= TARGET)) && echo PASS || echo FAIL)
    HEADLINE="$RATE events/s, $VERDICT (target ≥ $TARGET events/s)"
    VISIBLE_RATE=$(awk -v n="$REPLAYED" -v s="$VISIBLE_S" 'BEGIN { if (s + 0 > 0) printf "%.0f", n / s; else print "?" }')

    # The inbox's batches of the replay's consumer (Micrometer summary essor.inbox.batch.records)
    metrics=$(curl -fs "http://127.0.0.1:$EVALUATION_MANAGEMENT_PORT/q/metrics" || true)
    metric() { awk -v name="$1" -v consumer="consumer=\"evaluation.replay-$GENERATION\"" 'index($1, name "{") == 1 && index($1, consumer) { print $2 }' <<<"$metrics" | head -n 1; }
    BATCHES=$(metric essor_inbox_batch_records_count)
    BATCH_RECORDS=$(metric essor_inbox_batch_records_sum)
    BATCH_MAX=$(metric essor_inbox_batch_records_max)
    BATCH_SOURCE="the inbox's essor_inbox_batch_records summary for evaluation.replay-$GENERATION"
    if [[ -z $BATCHES ]]; then
        # A replay that does not go through the inbox's process() records no summary: the batches seen in the samples
        # instead (each new value of `replayed`; batches shorter than the sampling interval are merged: a lower bound).
        BATCHES=$BATCHES_SEEN BATCH_RECORDS=$REPLAYED BATCH_MAX=""
        BATCH_SOURCE="the 0.2 s samples of \`replayed\` (no inbox summary for the replay's consumer; a lower bound)"
    fi
    BATCH_MEAN=$(awk -v c="${BATCHES:-0}" -v s="${BATCH_RECORDS:-0}" 'BEGIN { if (c > 0) printf "%.0f", s / c; else print "?" }')
    BATCH_MS=$(awk -v c="${BATCHES:-0}" -v f="$FIRST_BATCH_S" -v l="$REPLAY_S" 'BEGIN { if (c > 0 && f + 0 > 0) printf "%.0f", (l - f) * 1000 / c; else print "?" }')

    # What the new generation holds, and the events no consumer could apply
    FACTS=$(sql_value essor_evaluation "SELECT string_agg(format('%s %s', t, n), ', ') FROM (
        SELECT 'enterprise' t, count(*) n FROM enterprise_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'esus_agreement', count(*) FROM esus_agreement_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'programme_application', count(*) FROM programme_application_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'participation', count(*) FROM participation_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'coaching_session', count(*) FROM coaching_session_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'financing_application', count(*) FROM financing_application_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'payment', count(*) FROM payment_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'calendar_event', count(*) FROM calendar_event_fact WHERE generation = $GENERATION
        UNION ALL SELECT 'registration', count(*) FROM registration_fact WHERE generation = $GENERATION) c")
    HELD=$(sql_value essor_evaluation "SELECT count(*) FROM inbox_held WHERE resolved_at IS NULL")

    # The old generation's facts are deleted after the switch: waited for (not timed in the figure), so that the
    # machine is quiet again for whatever runs next.
    for _ in $(seq 1 120); do
        leftover=$(sql_value essor_evaluation "SELECT count(*) FROM projection_generation g WHERE g.status = 'RETIRED'
            AND EXISTS (SELECT 1 FROM enterprise_fact f WHERE f.generation = g.generation)")
        [[ $leftover == 0 ]] && break
        sleep 1
    done

    ROWS+=("Throughput | **$RATE events/s**: $REPLAYED records in $REPLAY_S s (startedAt $STARTED_AT → switchedAt $SWITCHED_AT)")
    ROWS+=("Records in the topics | $TOTAL ($WRITTEN written by this run, seed $SEED)")
    ROWS+=("Phases (s after startedAt) | first batch ${FIRST_BATCH_S}, last batch ${LAST_BATCH_S}, switchedAt $REPLAY_S, new generation visible ${VISIBLE_S} ($VISIBLE_RATE events/s to that point)")
    ROWS+=("Batches | ${BATCHES:-?} batches of ${BATCH_MEAN} records on average (max ${BATCH_MAX:-?}), about $BATCH_MS ms each, from $BATCH_SOURCE")
    ROWS+=("Between batch starts (0.2 s samples of \`replayed\`) | median ${STEP_MEDIAN} ms, p90 ${STEP_P90} ms, max ${STEP_MAX} ms over $BATCHES_SEEN values seen")
    ROWS+=("Progress (records read) | $TIMELINE")
    ROWS+=("Facts of the new generation | $FACTS")
    ROWS+=("Events held by the inbox (dead letters and those behind them) | $HELD")
    ROWS+=("Before the replay | $LOAD_LINE")
    ROWS+=("Evaluation service JVM | $EVALUATION_JVM")
    ROWS+=("Code under test | $CODE_LINE")

    say
    say "Replay of generation $GENERATION: $REPLAYED records (the topics held $TOTAL) in $REPLAY_S s (startedAt $STARTED_AT, switchedAt $SWITCHED_AT)"
    say "    first batch at ${FIRST_BATCH_S} s, last at ${LAST_BATCH_S} s, new generation visible at ${VISIBLE_S} s ($VISIBLE_RATE events/s to that point)"
    say "    batches: ${BATCHES:-?} of ${BATCH_MEAN} records on average (max ${BATCH_MAX:-?}), about $BATCH_MS ms each;" \
        "between batch starts (0.2 s samples): median ${STEP_MEDIAN} ms, p90 ${STEP_P90} ms, max ${STEP_MAX} ms"
    say "    progress: $TIMELINE"
    say "    facts of generation $GENERATION: $FACTS; events held (dead letters and held behind them): $HELD"
fi
say "    throughput: $RATE events/s (target: ≥ $TARGET events/s): $VERDICT"

# --- the results file ------------------------------------------------------------------------------------

versions() {
    local app=$ROOT/services/evaluation/target/quarkus-app quarkus kafka
    quarkus=$(compgen -G "$app/lib/main/io.quarkus.quarkus-core-[0-9]*.jar" | sed 's/.*quarkus-core-\(.*\)\.jar/\1/' | head -n 1 || true)
    kafka=$(compgen -G "$ROOT/platform/servers/target/kafka/lib/kafka_2.13-*.jar" | grep -v -e '-test' | sed 's/.*kafka_2.13-\(.*\)\.jar/\1/' | head -n 1 || true)
    say "| Java | $(java -version 2>&1 | head -n 1) |"
    say "| Quarkus | ${quarkus:-?} (the evaluation service's quarkus-core) |"
    say "| PostgreSQL | $(sql_value postgres "SHOW server_version" 2>/dev/null || echo '?') |"
    say "| Kafka | ${kafka:-?} |"
    say "| Git | $GIT_LINE (at the start of the run) |"
}
machine() {
    say "| CPUs | $(nproc) ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)) |"
    say "| Load average (1, 5, 15 min) | at the start $START_LOAD; at the end $(cut -d' ' -f1-3 /proc/loadavg) |"
    say "| Memory | $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) |"
    say "| Kernel | $(uname -srm) |"
}

mkdir -p "$BENCH/results"
OUT=$BENCH/results/$(date -u +%Y-%m-%d)-evaluation-replay.md
if [[ ! -s $OUT ]]; then
    {
        say "# Evaluation replay throughput, $(date -u +%Y-%m-%d)"
        say
        say "Written by \`platform/bench/evaluation-replay.sh\`, one section per run: generated events written over the seven topics,"
        say "applied by the live consumers, then \`POST /api/v1/indicators/generations\` replays every record of the topics from offset"
        say "zero into a new generation. Throughput = the generation's \`replayed\` / (\`switchedAt\` − \`startedAt\`), both times from"
        say "the database. The platform's services, Kafka, Keycloak and PostgreSQL share this machine."
    } >"$OUT"
fi
{
    say
    say "## $(date -u '+%H:%M UTC'): $HEADLINE"
    say
    say "| Figure | Value |"
    say "| --- | --- |"
    for row in "${ROWS[@]}"; do say "| $row |"; done
    say
    say "| Topic | Written by this run | Records in the topic |"
    say "| --- | --- | --- |"
    awk '$1 != "total" { printf "| %s | %d | %d |\n", $1, $2, $3 }' "$WORK/load.txt"
    say
    say "| Machine and versions | |"
    say "| --- | --- |"
    machine
    versions
} >>"$OUT"
step "Results: $OUT"
[[ $VERDICT == PASS ]]
