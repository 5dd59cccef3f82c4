#!/usr/bin/env bash
# Turns a running Payara Server domain (provisioned by ovoz-server.sh) into a deployment group of
# instances running the Ovoz EAR, their data grid bound to the given interface only.
#
#   ovoz-cluster.sh create   configure the grid, create the group and its instances, start, deploy
#   ovoz-cluster.sh deploy   redeploy the EAR to the group
#   ovoz-cluster.sh status   each instance's readiness, grid members included
#
# Environment:
#   OVOZ_SERVER_DIR, OVOZ_EAR    as for ovoz-server.sh (the domain must be running)
#   OVOZ_GROUP                   deployment group name (default ovoz)
#   OVOZ_INSTANCES               "name:node ..." (default "ovoz-1:localhost-domain1 ovoz-2:localhost-domain1");
#                                nodes on other hosts are created first with create-node-ssh
#   OVOZ_GRID_INTERFACE          the address the data grid listens on (default 127.0.0.1)
#   OVOZ_GRID_MEMBERS            the grid's members, host:port,... (default: the DAS and two instances
#                                on OVOZ_GRID_INTERFACE: ports DAS_HZ_PORT (4900), 5900, 5901)
#   OVOZ_GRID_NAME               the grid's cluster name (default ovoz)
#   OVOZ_DB_URL, OVOZ_DB_USER, OVOZ_DB_PASSWORD, OVOZ_CHAT_JWT_SECRET
#                                set on the instances' configuration; a cluster needs PostgreSQL and
#                                one chat secret for all instances
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
server_dir=${OVOZ_SERVER_DIR:?set OVOZ_SERVER_DIR}
asadmin_dir=${OVOZ_ASADMIN_DIR:-$here/../asadmin}
payara=$server_dir/payara6
group=${OVOZ_GROUP:-ovoz}
config=$group-config
instances=${OVOZ_INSTANCES:-"ovoz-1:localhost-domain1 ovoz-2:localhost-domain1"}
interface=${OVOZ_GRID_INTERFACE:-127.0.0.1}
members=${OVOZ_GRID_MEMBERS:-$interface:4900,$interface:5900,$interface:5901}
grid_name=${OVOZ_GRID_NAME:-ovoz}

asadmin() {
    "$payara/bin/asadmin" --interactive=false "$@"
}

say() {
    echo "[ovoz-cluster] $*"
}

# asadmin reads ':' and '=' in a property value as separators unless escaped
escaped() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'
}

configure_grid() {
    [[ ${OVOZ_DB_URL:-} == jdbc:postgresql:* ]] || { say "a cluster needs PostgreSQL: set OVOZ_DB_URL"; exit 1; }
    say "data grid $grid_name on $interface, members $members"
    # Listen on the configured interface only, never on every address (port 5900 must not be open to the world)
    local target
    for target in server-config default-config; do
        asadmin create-jvm-options --target "$target" "-Dhazelcast.socket.bind.any=false" || true
    done
    asadmin set-hazelcast-configuration --clustermode tcpip --tcpipmembers "$members" --interfaces "$interface" \
        --hostawarepartitioning false --clustername "$grid_name" --daspublicaddress "$interface" \
        --dasport 4900 --startport 5900 --dynamic=false
    # The DAS stays a data member: a lite DAS alone (before the instances start) cannot start at all
    # ("all nodes in the cluster are lite members"). It holds none of the application's classes,
    # which is harmless here: Ovoz puts only JSON text on the grid's topics, no application object.
}

configure_instances() {
    say "configuration $config from default-config, with the settings of $asadmin_dir"
    asadmin copy-config default-config "$config"
    local file
    for file in "$asadmin_dir"/*.asadmin; do
        sed -e "s/server-config/$config/g" "$file" > "$server_dir/$(basename "$file").$config"
        asadmin multimode --file "$server_dir/$(basename "$file").$config"
    done
    # Instances of a group keep EJB timers in the database by default, in a table that does not exist:
    # the deployment then fails with "EJB Timer Service is not available". Ovoz's timers are
    # non-persistent; the data grid store needs no table.
    asadmin set "configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
    local property
    for property in "ovoz.db.url=${OVOZ_DB_URL}" "ovoz.db.user=${OVOZ_DB_USER:-}" \
        "ovoz.db.password=${OVOZ_DB_PASSWORD:-}" "ovoz.chat.jwt-secret=${OVOZ_CHAT_JWT_SECRET:?set OVOZ_CHAT_JWT_SECRET}"; do
        # asadmin takes no empty value; an unset key keeps its default
        [[ -n ${property#*=} ]] || continue
        asadmin create-system-properties --target "$config" "${property%%=*}=$(escaped "${property#*=}")"
    done
}

create() {
    configure_grid
    configure_instances
    asadmin create-deployment-group "$group"
    local entry
    for entry in $instances; do
        say "instance ${entry%%:*} on node ${entry#*:}"
        asadmin create-instance --node "${entry#*:}" --config "$config" --deploymentgroup "$group" "${entry%%:*}"
    done
    say "restarting the domain so that the grid takes its new settings"
    asadmin restart-domain domain1
    asadmin start-deployment-group "$group"
    deploy
}

deploy() {
    say "deploying ${OVOZ_EAR:?set OVOZ_EAR} to $group"
    # The DAS administers the group; it serves no voter (ovoz-server.sh deployed the EAR on it)
    asadmin undeploy ovoz > /dev/null 2>&1 || true
    asadmin deploy --force --name ovoz --target "$group" "$OVOZ_EAR"
    await_instances
}

# An instance's HTTP port: its own when create-instance had to move it, else its configuration's
http_port() {
    local port
    port=$(asadmin get "servers.server.$1.system-property.HTTP_LISTENER_PORT.value" 2> /dev/null | sed -n 's/.*=//p')
    [[ -n $port ]] || port=$(asadmin get "configs.config.$config.system-property.HTTP_LISTENER_PORT.value" | sed -n 's/.*=//p')
    echo "$port"
}

# start-deployment-group and deploy return before the applications answer: poll each instance
await_instances() {
    local entry port deadline=$((SECONDS + ${OVOZ_READY_TIMEOUT:-300}))
    for entry in $instances; do
        port=$(http_port "${entry%%:*}")
        until curl -fsS -o /dev/null "http://${OVOZ_INSTANCE_HOST:-127.0.0.1}:$port/health/ready" 2> /dev/null; do
            if ((SECONDS > deadline)); then
                say "${entry%%:*} not ready on port $port"
                return 1
            fi
            sleep 2
        done
        say "${entry%%:*} ready on port $port"
    done
}

status() {
    local entry port
    for entry in $instances; do
        port=$(http_port "${entry%%:*}")
        echo "${entry%%:*} (port $port): $(curl -sS "http://${OVOZ_INSTANCE_HOST:-127.0.0.1}:$port/health/ready" || echo down)"
    done
}

case ${1:-} in
    create) create ;;
    deploy) deploy ;;
    status) status ;;
    *) echo "usage: $0 create|deploy|status" >&2; exit 2 ;;
esac
