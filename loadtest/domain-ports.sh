#!/usr/bin/env bash
# Moves the listeners of a fresh Payara domain by OVOZ_DOMAIN_PORT_OFFSET (8080 → 8080+offset, 4848 →
# 4848+offset, ...), so that a benchmark server runs beside another Payara Server on this machine.
# Called by ovoz-server.sh (OVOZ_DOMAIN_SETUP) with the domain directory, before the domain first starts.
set -euo pipefail
domain_xml=$1/config/domain.xml
offset=${OVOZ_DOMAIN_PORT_OFFSET:?set OVOZ_DOMAIN_PORT_OFFSET}
for port in 8080 8181 4848 3700 3820 3920 8686; do
    sed -i "s/port=\"$port\"/port=\"$((port + offset))\"/" "$domain_xml"
done
# server-config's JMS port is its first JMS_PROVIDER_PORT system property
sed -i "0,/value=\"7676\"/s//value=\"$((7676 + offset))\"/" "$domain_xml"
