package uz.ovoz.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Refuses, with 403 and {@code {"error": …}}, a request whose origin its {@link OriginRule} does not
 * accept; the rule is the filter's {@code rule} parameter in {@code web.xml}. A socket is refused at
 * its handshake: this filter is declared in {@code web.xml}, so it runs before the WebSocket runtime's
 * own filter, which its initializer adds after the declared ones. Refusals are counted in
 * {@code ovoz_origin_refusals_total} by rule.
 */
public class OriginCheck extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OriginCheck.class.getName());

    /** The body of a refusal. */
    public record Refusal(String error) {}

    @Inject
    @ConfigProperty(name = "ovoz.security.allowed-origins")
    Optional<String> allowedOrigins;

    @Inject
    OvozMetrics metrics;

    private OriginRule rule;
    private Origins origins;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        rule = OriginRule.named(config.getInitParameter("rule"));
        origins = Origins.allowing(allowedOrigins.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = rule.refusal(seen(request), origins);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        metrics.count("ovoz_origin_refusals", "rule", rule.name().toLowerCase());
        LOG.fine(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal.get());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonMessages.toJson(new Refusal(refusal.get())));
    }

    static OriginRule.Seen seen(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String own = request.getScheme() + "://"
                + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
        return new OriginRule.Seen(
                request.getMethod(),
                request.getHeader("Origin"),
                request.getHeader("Referer"),
                request.getHeader("Authorization") != null,
                own);
    }
}
