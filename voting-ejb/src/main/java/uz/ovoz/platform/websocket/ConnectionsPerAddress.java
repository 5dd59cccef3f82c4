package uz.ovoz.platform.websocket;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Open sockets per client address on this instance, voters, displays and chat together, at most
 * {@code ovoz.live.max-connections-per-address}: one host cannot take every connection the instance
 * has. The default leaves room for a campus behind one NAT address.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionsPerAddress {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    // Which address each admitted connection counts against, so that a second release does nothing
    private final Map<String, String> holders = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "ovoz.live.max-connections-per-address", defaultValue = "2000")
    int maxPerAddress;

    @Inject
    OvozMetrics metrics;

    @PostConstruct
    void registerGauge() {
        metrics.gauge("ovoz_connection_addresses", counts::size);
    }

    /** Counts the connection against its address; false (and nothing counted) when the address is at its limit. */
    public boolean admit(String connectionId, String address) {
        boolean[] admitted = {false};
        counts.compute(address, (key, open) -> {
            int now = open == null ? 0 : open;
            if (now >= maxPerAddress) {
                return open;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (admitted[0]) {
            holders.put(connectionId, address);
        }
        return admitted[0];
    }

    /** The connection closed; releasing it again, or one never admitted, does nothing. */
    public void release(String connectionId) {
        String address = holders.remove(connectionId);
        if (address != null) {
            counts.computeIfPresent(address, (key, open) -> open <= 1 ? null : open - 1);
        }
    }

    public int count(String address) {
        return counts.getOrDefault(address, 0);
    }
}
