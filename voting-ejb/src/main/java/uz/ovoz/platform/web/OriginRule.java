package uz.ovoz.platform.web;

import java.util.Optional;
import java.util.Set;

/**
 * Which origins may send a request of each kind, and why one is refused. A browser names the page
 * that made a request in {@code Origin} (for a socket's handshake and for every POST, PUT and DELETE),
 * and a page on another site cannot hide it; a script or the load tool sends none.
 */
public enum OriginRule {

    /**
     * Voter, display and chat sockets. A handshake without {@code Origin} is accepted: browsers always
     * send one, so it comes from a script, the load tool or an app, which no other site can drive.
     */
    SOCKET {
        @Override
        Optional<String> refusal(Seen request, Origins origins) {
            if (request.origin() == null || origins.accepts(request.origin(), request.own())) {
                return Optional.empty();
            }
            return Optional.of("Origin " + request.origin() + " may not open this socket");
        }
    },

    /** The console's socket: only the console's own pages, which a browser always names. */
    CONSOLE_SOCKET {
        @Override
        Optional<String> refusal(Seen request, Origins origins) {
            if (request.origin() != null && origins.same(request.origin(), request.own())) {
                return Optional.empty();
            }
            return Optional.of("Only the console's own pages may open this socket");
        }
    },

    /**
     * The admin API. Reading is free; a change must name an accepted origin in {@code Origin} (or,
     * lacking it, {@code Referer}), unless it names none and carries its own credentials: a script
     * with HTTP Basic. A browser attaches the console's session cookie (and Basic credentials it
     * remembers) to a request a foreign page makes, and then always names that page's origin.
     */
    API {
        @Override
        Optional<String> refusal(Seen request, Origins origins) {
            if (SAFE_METHODS.contains(request.method())) {
                return Optional.empty();
            }
            String origin = request.origin() != null
                    ? request.origin()
                    : Origins.of(request.referer()).orElse(null);
            if (origin == null) {
                return request.credentials()
                        ? Optional.empty()
                        : Optional.of("A change through the console's session must name the console's origin");
            }
            return origins.accepts(origin, request.own())
                    ? Optional.empty()
                    : Optional.of("Origin " + origin + " may not change anything here");
        }
    };

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * What a rule looks at: the method, the {@code Origin} and {@code Referer} headers, whether an
     * {@code Authorization} header came, and the origin the request was sent to.
     */
    public record Seen(String method, String origin, String referer, boolean credentials, String own) {}

    /** Why the request is refused, or nothing if it may pass. */
    abstract Optional<String> refusal(Seen request, Origins origins);

    /** The rule named in a filter's {@code rule} parameter: {@code socket}, {@code console-socket}, {@code api}. */
    static OriginRule named(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
