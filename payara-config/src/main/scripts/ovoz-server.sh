#!/usr/bin/env bash
# Runs the Ovoz EAR on Payara Server 6.
#
#   ovoz-server.sh run     provision if needed, start, deploy, stay in the foreground until Ctrl-C
#   ovoz-server.sh start   provision if needed, start, deploy, return once the application is ready
#   ovoz-server.sh follow  follow the running server's log until Ctrl-C, then stop it and return
#   ovoz-server.sh stop    stop the domain
#
# Environment: OVOZ_SERVER_DIR (where Payara is provisioned), PAYARA_ZIP (the distribution),
# OVOZ_EAR (the application), OVOZ_ASADMIN_DIR (the *.asadmin files, default ../asadmin beside this
# script), OVOZ_READY_TIMEOUT (seconds, default 180), OVOZ_BASE_URL (default http://localhost:8080),
# OVOZ_DOMAIN_SETUP (a script run with the fresh domain's directory before its first start, e.g. to
# move its ports; asadmin then needs AS_ADMIN_PORT). The server inherits the OVOZ_* configuration
# variables (OVOZ_DB_URL, ...) of this environment.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
server_dir=${OVOZ_SERVER_DIR:?set OVOZ_SERVER_DIR}
asadmin_dir=${OVOZ_ASADMIN_DIR:-$here/../asadmin}
ready_timeout=${OVOZ_READY_TIMEOUT:-180}
payara=$server_dir/payara6
domain=domain1
log=$payara/glassfish/domains/$domain/logs/server.log
base_url=${OVOZ_BASE_URL:-http://localhost:8080}

asadmin() {
    "$payara/bin/asadmin" --interactive=false "$@"
}

say() {
    echo "[ovoz] $*"
}

# A fresh domain is provisioned whenever the distribution or an asadmin file changes, so the domain
# always equals what the files in payara-config say: no drift from hand-made changes.
provision() {
    local fingerprint
    fingerprint=$( (echo "${PAYARA_ZIP:?set PAYARA_ZIP}"; cat "$asadmin_dir"/*.asadmin ${OVOZ_DOMAIN_SETUP:+"$OVOZ_DOMAIN_SETUP"}; \
        env | grep '^OVOZ_DOMAIN_' || true) | sha256sum | cut -d' ' -f1)
    if [[ -f $server_dir/.provisioned && $(cat "$server_dir/.provisioned") == "$fingerprint" ]]; then
        return
    fi
    say "provisioning Payara Server under $server_dir"
    stop_if_running
    rm -rf "$server_dir"
    mkdir -p "$server_dir"
    if command -v unzip > /dev/null; then
        unzip -q "$PAYARA_ZIP" -d "$server_dir"
    else
        (cd "$server_dir" && jar xf "$PAYARA_ZIP")
        chmod +x "$payara"/bin/* "$payara"/glassfish/bin/*
    fi
    if [[ -n ${OVOZ_DOMAIN_SETUP:-} ]]; then
        say "running $OVOZ_DOMAIN_SETUP"
        bash "$OVOZ_DOMAIN_SETUP" "$payara/glassfish/domains/$domain"
    fi
    asadmin start-domain "$domain"
    local file
    for file in "$asadmin_dir"/*.asadmin; do
        say "applying $(basename "$file")"
        asadmin multimode --file "$file"
    done
    asadmin stop-domain "$domain"
    echo "$fingerprint" > "$server_dir/.provisioned"
}

stop_if_running() {
    if [[ -x $payara/bin/asadmin ]]; then
        asadmin stop-domain "$domain" > /dev/null 2>&1 || true
    fi
}

await_ready() {
    local deadline=$((SECONDS + ready_timeout))
    until curl -fsS -o /dev/null "$base_url/health/ready" 2> /dev/null; do
        if ((SECONDS > deadline)); then
            say "not ready after ${ready_timeout}s; see $log"
            curl -sS "$base_url/health/ready" || true
            return 1
        fi
        sleep 1
    done
}

# Another server on the ports would make start-domain wait minutes and then fail obscurely
refuse_busy_ports() {
    local port http_port=${base_url##*:}
    for port in "${http_port%%/*}" "${AS_ADMIN_PORT:-4848}"; do
        if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            say "port $port is already in use (another Payara or application?); stop it first"
            return 1
        fi
    done
}

start() {
    if ! [[ -x $payara/bin/asadmin ]] || ! asadmin list-domains 2> /dev/null | grep -q "^$domain running"; then
        refuse_busy_ports
    fi
    provision
    # The server gets its own session: in the terminal's process group a Ctrl-C would kill it at
    # once, and the orderly undeploy and stop-domain after it would find no server
    setsid --wait "$payara/bin/asadmin" --interactive=false start-domain "$domain" < /dev/null
    # The application is deployed afresh on every start and undeployed on stop, so a run never
    # boots a stale copy; a copy left by a crash is removed first.
    asadmin undeploy ovoz > /dev/null 2>&1 || true
    say "deploying ${OVOZ_EAR:?set OVOZ_EAR}"
    asadmin deploy --name ovoz "$OVOZ_EAR"
    await_ready
    say "ready in ${SECONDS}s"
    say "voting   $base_url/"
    say "chat     $base_url/chat/"
    say "health   $base_url/health/ready"
    say "metrics  $base_url/metrics"
    say "payara   http://localhost:${AS_ADMIN_PORT:-4848}/ (Payara administration)"
    first_admin
}

# Who logs in to the console first: the admin's name and where the password is. A generated password
# is written to the terminal itself (/dev/tty), never to this script's output, which Maven or a CI
# job may keep in a log.
first_admin() {
    local user=${OVOZ_ADMIN_USERNAME:-admin} created password
    say "console  $base_url/admin/"
    if [[ -n ${OVOZ_ADMIN_PASSWORD:-} ]]; then
        say "admin    '$user' with the configured password (OVOZ_ADMIN_PASSWORD)"
        return
    fi
    created=$(grep -n "Created the first admin account '.*' with the generated password" "$log" 2> /dev/null \
        | tail -n 1 || true)
    if [[ -z $created ]]; then
        say "admin    '$user' (created on an earlier start; its password was logged then, or set since)"
        return
    fi
    user=$(sed -n "s/.*first admin account '\([^']*\)'.*/\1/p" <<< "$created")
    password=$(sed -n "s/.*with the generated password \([^ ]*\) \..*/\1/p" <<< "$created")
    say "admin    '$user', generated password in $log (line ${created%%:*}); change it under Admins"
    if { echo "[ovoz] admin    '$user' password: $password" > /dev/tty; } 2> /dev/null; then
        :
    fi
}

stop() {
    say "stopping"
    asadmin undeploy ovoz > /dev/null 2>&1 || true
    asadmin stop-domain "$domain"
}

run() {
    start
    follow
}

# Under Maven (./mvnw -Prun package) Ctrl-C also reaches Maven, which exits at once while this script
# is still stopping the server; ./run therefore lets Maven build and start, and then runs this follow
# as the terminal's foreground process, so that Ctrl-C returns only once the server has stopped.
follow() {
    # A watchdog in its own session stops the server once this script or the process that started
    # it (Maven) is gone, however that happens: Ctrl-C, kill, a closed terminal.
    setsid bash "$0" stop-when-gone $$ $PPID < /dev/null > /dev/null 2>&1 &
    # Ctrl-C or kill ends the follow; the server is then stopped here, before this script returns
    trap ':' INT TERM
    say "following $log; Ctrl-C stops the server"
    tail --pid=$$ -n 0 -F "$log" &
    wait $! || true
    trap '' INT TERM
    stop
    say "stopped"
}

stop_when_gone() {
    while kill -0 "$1" 2> /dev/null && kill -0 "$2" 2> /dev/null; do
        sleep 1
    done
    stop
}

case ${1:-run} in
    run) run ;;
    start) start ;;
    follow) follow ;;
    stop) stop ;;
    stop-when-gone) stop_when_gone "$2" "$3" ;;
    *) echo "usage: $0 run|start|follow|stop" >&2; exit 2 ;;
esac
