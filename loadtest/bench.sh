#!/usr/bin/env bash
# Runs one named benchmark end to end: builds what is missing, starts Ovoz on Payara Server against
# PostgreSQL (database ovoz_load on 127.0.0.1:5432, user postgres, recreated), runs the load tool,
# prints its figures, stops the server. Loopback only; every phase is bounded in time.
#
#   loadtest/bench.sh NAME [extra load-tool options]    e.g. loadtest/bench.sh storm-10k
#   loadtest/bench.sh suite [NAME ...]                  one server, the named benchmarks (default: all) in turn
#   loadtest/bench.sh start | stop                      keep one server up for several benchmarks
#   loadtest/bench.sh list                              the names
#
# A server started by "bench.sh start" is reused (and left running) by "bench.sh NAME".
# Environment: BENCH_JFR_SECONDS=N records a JFR profile of the server for N s from the start of the
# benchmark (loadtest/target/results/NAME.jfr); BENCH_KEEP_DB=1 keeps the database of an earlier run;
# BENCH_PORT_WAIT (seconds, default 600) waits that long for ports 8080 and 4848 to become free;
# BENCH_PORT_OFFSET=N runs the server on 8080+N, 4848+N, ... instead (beside another Payara Server);
# BENCH_INSTANCES=2 runs two Payara Micro instances in one data grid behind HAProxy (the shipped
# payara-config/src/main/haproxy/ovoz.cfg) on 8080+N instead of one Payara Server, and the load tool
# goes through the balancer (server CPU and memory figures are then the first instance's).
# BENCH_VOTES_ADMISSION_WAIT_MS (default 100) and BENCH_CHAT_ADMISSION_WAIT_MS (default 250) are the
# server's admission budgets (ovoz.votes/chat.admission-wait-ms): floods beyond what the server carries
# are then refused busy, and what it accepts is answered within about the budget; 0 turns them off.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=$root/loadtest/target
results=$target/results
marker=$target/bench-server.started
database=ovoz_load
admin_password=loadtest-admin
offset=${BENCH_PORT_OFFSET:-0}
http_port=$((8080 + offset))
admin_port=$((4848 + offset))

declare -A benchmarks=(
    [voters-1k]="voters --voters 1000 --displays 50 --hold 20"
    [voters-5k]="voters --voters 5000 --displays 50 --hold 20"
    [voters-10k]="voters --voters 10000 --displays 50 --hold 30"
    [voters-10k-ramp]="voters --voters 10000 --displays 50 --hold 30 --mode ramp --connect-rate 1000"
    [storm-1k]="vote-storm --voters 1000 --displays 50 --candidates 5 --rate 5000 --max-refused-percent 100"
    [storm-5k]="vote-storm --voters 5000 --displays 50 --candidates 5 --rate 5000 --max-refused-percent 100"
    [storm-10k]="vote-storm --voters 10000 --displays 50 --candidates 5 --rate 5000 --max-refused-percent 100"
    [fanout-1k]="fanout --voters 1000 --displays 50 --candidates 5"
    [fanout-5k]="fanout --voters 5000 --displays 50 --candidates 5"
    [fanout-10k]="fanout --voters 10000 --displays 50 --candidates 5"
    [chat-quick]="chat-storm --level quick --duration 20"
    [chat-medium]="chat-storm --level medium --duration 20"
    [chat-strong]="chat-storm --level strong --duration 20 --max-refused-percent 100"
    [chat-extreme]="chat-storm --level extreme --duration 20 --max-refused-percent 100"
    [chat-mega]="chat-storm --level mega --duration 20 --max-refused-percent 100"
    [chat-target]="chat-storm --level target --duration 20 --max-refused-percent 100"
)

say() {
    echo "[bench] $*"
}

instances=${BENCH_INSTANCES:-1}
cluster=$target/bench-cluster

server_pid() {
    local port=$http_port
    ((instances == 1)) || port=$((28080 + offset))
    ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

server_env() {
    export OVOZ_SERVER_DIR=$target/payara-server
    export OVOZ_EAR=$root/ear/target/ovoz.ear
    local version
    version=$(grep -o '<payara-server.version>[^<]*' "$root/pom.xml" | cut -d'>' -f2)
    export PAYARA_ZIP=$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip
    export OVOZ_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database?reWriteBatchedInserts=true"
    export OVOZ_DB_USER=postgres OVOZ_DB_PASSWORD=
    export OVOZ_ADMIN_USERNAME=admin OVOZ_ADMIN_PASSWORD=$admin_password
    # a fixed key, so that chat tokens of the load users stay valid across restarts (local benchmark only)
    export OVOZ_CHAT_JWT_SECRET=loadtest-only-key-not-for-production-0123456789
    # every load client connects from 127.0.0.1: thousands of sockets and batch sign-ups from one address
    export OVOZ_LIVE_MAX_CONNECTIONS_PER_ADDRESS=1000000 OVOZ_CHAT_AUTH_BATCHES_PER_MINUTE=60000 \
        OVOZ_CHAT_AUTH_BATCH_BURST=1000
    export OVOZ_VOTES_ADMISSION_WAIT_MS=${BENCH_VOTES_ADMISSION_WAIT_MS:-100} \
        OVOZ_CHAT_ADMISSION_WAIT_MS=${BENCH_CHAT_ADMISSION_WAIT_MS:-250}
    export OVOZ_BASE_URL=http://localhost:$http_port AS_ADMIN_PORT=$admin_port
    if ((offset)); then
        export OVOZ_DOMAIN_SETUP=$root/loadtest/domain-ports.sh OVOZ_DOMAIN_PORT_OFFSET=$offset
    fi
}

build() {
    say "building the EAR, the WARs for Payara Micro and the load tool"
    (cd "$root" && ./mvnw -B -ntp -q -DskipTests package -pl payara-config,integration-tests,loadtest -am \
        && ./mvnw -B -ntp -q -pl loadtest dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
}

await_free_ports() {
    local deadline=$((SECONDS + ${BENCH_PORT_WAIT:-600}))
    while ss -ltnH | grep -Eq ":($http_port|$admin_port)\b"; do
        if ((SECONDS > deadline)); then
            say "ports $http_port/$admin_port still taken; giving up (BENCH_PORT_OFFSET moves them)"
            exit 1
        fi
        say "ports $http_port/$admin_port taken (another server is running); waiting"
        sleep 15
    done
}

start() {
    await_free_ports
    server_env
    if [[ -z ${BENCH_KEEP_DB:-} ]]; then
        say "recreating database $database"
        psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $database" \
            -c "CREATE DATABASE $database"
    fi
    ulimit -n "$(ulimit -Hn)"
    if ((instances > 1)); then
        start_cluster
    else
        timeout 600 bash "$root/payara-config/src/main/scripts/ovoz-server.sh" start
    fi
    date +%s > "$marker"
}

# Payara Micro cannot deploy the EAR: each web module with the business tier in WEB-INF/lib, as the
# integration tests assemble them
micro_wars() {
    local parts=$root/integration-tests/target/deployment
    rm -rf "$cluster/war" && mkdir -p "$cluster/war/WEB-INF/lib"
    cp "$parts"/*.jar "$cluster/war/WEB-INF/lib/"
    cp "$parts/voting-web.war" "$cluster/ROOT.war"
    cp "$parts/chat-web.war" "$cluster/chat.war"
    (cd "$cluster/war" && jar uf ../ROOT.war WEB-INF/lib/*.jar && jar uf ../chat.war WEB-INF/lib/*.jar)
}

start_cluster() {
    server_env
    mkdir -p "$cluster"
    micro_wars
    local grid=(5900 5901) names=(a b) i members="127.0.0.1:5900,127.0.0.1:5901"
    for i in 0 1; do
        say "starting instance ${names[$i]} on port $((28080 + offset + i))"
        setsid java -Xms512m -Xmx2g -Dhazelcast.socket.bind.any=false -jar "$root/integration-tests/target/payara-micro.jar" \
            --deploy "$cluster/ROOT.war" --deploy "$cluster/chat.war" --port $((28080 + offset + i)) \
            --name "${names[$i]}" --clustername ovoz-bench --clustermode "tcpip:$members" \
            --startport "${grid[$i]}" --interfaces 127.0.0.1 --rootdir "$cluster/${names[$i]}" \
            --prebootcommandfile "$root/integration-tests/target/test-classes/micro-preboot.asadmin" \
            > "$cluster/${names[$i]}.log" 2>&1 < /dev/null &
        echo $! > "$cluster/${names[$i]}.pid"
    done
    for i in 0 1; do
        local deadline=$((SECONDS + 300))
        until grep -q ') ready in ' "$cluster/${names[$i]}.log" 2> /dev/null \
            && curl -fsS "http://127.0.0.1:$((28080 + offset + i))/health/ready" 2> /dev/null | grep -q '"members":"2"'; do
            ((SECONDS < deadline)) || { say "instance ${names[$i]} not ready; see $cluster/${names[$i]}.log"; exit 1; }
            sleep 2
        done
    done
    sed -e "s/bind 127.0.0.1:8000/bind 127.0.0.1:$http_port/" -e "s/127.0.0.1:28080/127.0.0.1:$((28080 + offset))/" \
        -e "s/127.0.0.1:28081/127.0.0.1:$((28081 + offset))/" "$root/payara-config/src/main/haproxy/ovoz.cfg" > "$cluster/haproxy.cfg"
    setsid haproxy -db -f "$cluster/haproxy.cfg" > "$cluster/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$cluster/haproxy.pid"
    until curl -fsS -o /dev/null "http://127.0.0.1:$http_port/health/ready" 2> /dev/null; do sleep 1; done
    say "two instances in one grid behind HAProxy on $http_port"
}

stop_cluster() {
    local file
    for file in "$cluster"/*.pid; do
        [[ -f $file ]] && kill "$(cat "$file")" 2> /dev/null || true
        rm -f "$file"
    done
}

stop() {
    if ((instances > 1)); then
        stop_cluster
        rm -f "$marker"
        return
    fi
    server_env
    timeout 300 bash "$root/payara-config/src/main/scripts/ovoz-server.sh" stop || true
    rm -f "$marker"
}

run_benchmark() {
    local name=$1
    shift
    local pid status=0
    pid=$(server_pid)
    mkdir -p "$results"
    if [[ -n ${BENCH_JFR_SECONDS:-} ]]; then
        jcmd "$pid" JFR.start name=bench settings=profile duration="${BENCH_JFR_SECONDS}s" \
            filename="$results/$name.jfr" > /dev/null
        say "recording JFR for ${BENCH_JFR_SECONDS}s to $results/$name.jfr"
    fi
    say "running $name (load $(cut -d' ' -f1-3 /proc/loadavg))"
    keep_statistics &
    local analyzer=$!
    # shellcheck disable=SC2086
    timeout 1800 java -Xms1g -Xmx3g -XX:+UseParallelGC -cp "$target/classes:$(cat "$target/classpath.txt")" \
        uz.ovoz.loadtest.LoadTest ${benchmarks[$name]} --password "$admin_password" --server-pid "$pid" --url "http://127.0.0.1:$http_port" \
        --json "$results/$name.json" "$@" || status=$?
    kill "$analyzer" 2> /dev/null || true
    return "$status"
}

# PostgreSQL's autovacuum keeps planner statistics as tables grow. Where it is off (as on the
# project's machines), a benchmark's tables fill from empty without any, and the planner then picks
# an index by its first columns only (each vote would read all votes of its candidate): ANALYZE every
# few seconds stands in for it, for the database of the benchmark only.
keep_statistics() {
    if [[ $(psql -h 127.0.0.1 -U postgres -Atc "SHOW autovacuum") == on ]]; then
        return
    fi
    while sleep 3; do
        psql -h 127.0.0.1 -U postgres -d "$database" -q -c "ANALYZE votes" -c "ANALYZE chat_messages" 2> /dev/null || true
    done
}

case ${1:-list} in
    list) printf '%s\n' "${!benchmarks[@]}" | sort ;;
    start) build; start ;;
    suite)
        shift
        names=("$@")
        ((${#names[@]})) || names=(voters-10k voters-1k voters-5k fanout-1k fanout-5k fanout-10k storm-1k storm-5k
            storm-10k chat-quick chat-medium chat-strong chat-extreme chat-target chat-mega)
        build
        start
        trap stop EXIT
        for name in "${names[@]}"; do
            run_benchmark "$name" || say "$name: a check failed or the run broke off; going on"
        done
        ;;
    stop) stop ;;
    *)
        name=$1
        shift
        [[ -n ${benchmarks[$name]:-} ]] || { say "unknown benchmark $name; see: $0 list"; exit 2; }
        build
        if [[ -f $marker && -n $(server_pid) ]]; then
            run_benchmark "$name" "$@"
        else
            start
            trap stop EXIT
            run_benchmark "$name" "$@"
        fi
        ;;
esac
