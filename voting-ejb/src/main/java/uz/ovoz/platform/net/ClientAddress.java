package uz.ovoz.platform.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address from the connection's peer and its {@code X-Forwarded-For} headers. The header
 * is believed only when the peer is a trusted proxy, and then only up to the rightmost hop that is not
 * itself a trusted proxy: everything left of it was written by the client and may be made up.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** Addresses from a comma-separated setting; blanks are ignored. */
    public static Set<String> parseList(String setting) {
        if (setting == null) {
            return Set.of();
        }
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address; {@code peer} itself unless it is a trusted proxy that forwarded one. */
    public static String resolve(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        // every hop is a trusted proxy: the first one is as close to the client as anyone can tell
        return hops.isEmpty() ? peer : hops.get(0);
    }
}
