package uz.ovoz.platform.net;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.websocket.Session;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;

/**
 * The one place that tells a client's address, for HTTP requests and sockets alike. Behind a proxy
 * listed in {@code ovoz.security.trusted-proxies} it is the address the proxy forwarded; otherwise the
 * connection's peer. An address that cannot be read is logged at SEVERE once and counted
 * ({@code ovoz_client_address_failures}): limits per address then lump such clients together, and
 * events with one vote per address refuse their votes.
 */
@ApplicationScoped
public class ClientAddresses {

    /** The key under which clients whose address is unknown share their limits. */
    public static final String UNKNOWN = "unknown";

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    // none by default: without a proxy in front, a client could write any address into the header
    @ConfigProperty(name = "ovoz.security.trusted-proxies")
    Optional<String> trustedProxiesSetting;

    @Inject
    OvozMetrics metrics;

    private Set<String> trustedProxies = Set.of();
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    @PostConstruct
    void readTrustedProxies() {
        trustedProxies = ClientAddress.parseList(trustedProxiesSetting.orElse(""));
    }

    public Optional<String> of(HttpServletRequest request) {
        List<String> forwarded = Collections.list(request.getHeaders(FORWARDED_FOR));
        return resolve(request.getRemoteAddr(), forwarded, "HTTP request");
    }

    /** The address captured at the handshake by {@link ClientAddressConfigurator}. */
    public Optional<String> of(Session session) {
        Object peer = session.getUserProperties().get(ClientAddressConfigurator.PEER);
        Object forwarded = session.getUserProperties().get(ClientAddressConfigurator.FORWARDED_FOR);
        @SuppressWarnings("unchecked")
        List<String> hops = forwarded instanceof List<?> list ? (List<String>) list : List.of();
        return resolve(
                peer instanceof String text ? text : null,
                hops,
                "WebSocket handshake ("
                        + session.getUserProperties()
                                .getOrDefault(
                                        ClientAddressConfigurator.PROBLEM,
                                        "no address captured: is the endpoint's configurator ClientAddressConfigurator?")
                        + ")");
    }

    /** The address, or {@link #UNKNOWN} to count the client under. */
    public String keyOf(Session session) {
        return of(session).orElse(UNKNOWN);
    }

    private Optional<String> resolve(String peer, List<String> forwarded, String source) {
        if (peer == null || peer.isBlank()) {
            metrics.count("ovoz_client_address_failures");
            if (failureLogged.compareAndSet(false, true)) {
                LOG.log(
                        Level.SEVERE,
                        "Cannot read a client''s address from a {0}; limits per address lump such"
                                + " clients together and one-vote-per-address events refuse their votes (logged once,"
                                + " counted in ovoz_client_address_failures)",
                        source);
            }
            return Optional.empty();
        }
        return Optional.of(ClientAddress.resolve(peer, forwarded, trustedProxies));
    }
}
