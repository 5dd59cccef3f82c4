package uz.ovoz.platform.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origins a browser request may come from: the server's own (the scheme of the request and the
 * host it was sent to, from {@code Host}) and those configured in {@code ovoz.security.allowed-origins}.
 * Origins are compared as scheme, host and port, with a scheme's default port left out.
 */
public final class Origins {

    private final Set<String> allowed;

    private Origins(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** From a comma-separated list such as {@code https://vote.example.uz, https://admin.example.uz}. */
    public static Origins allowing(String commaSeparated) {
        return new Origins(Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> of(origin)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "ovoz.security.allowed-origins: not an origin: " + origin)))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether {@code origin} is the server's own, {@code own} being the request's scheme and host. */
    public boolean same(String origin, String own) {
        Optional<String> seen = of(origin);
        return seen.isPresent() && seen.equals(of(own));
    }

    /** Whether {@code origin} is the server's own or an allowed one. */
    public boolean accepts(String origin, String own) {
        return same(origin, own) || of(origin).map(allowed::contains).orElse(false);
    }

    /**
     * The origin of an address ({@code scheme://host[:port]}, lower case, default port left out), or
     * nothing if it has none, like the {@code null} origin of a sandboxed page.
     */
    static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = "http".equals(scheme) || "https".equals(scheme);
            if (!web || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return Optional.of(
                    scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (java.net.URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
