package uz.ovoz.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Adds to every response the headers that keep it out of other sites' frames, stop browsers guessing
 * content types, keep addresses (event links) out of other sites' logs, and limit where a page's
 * scripts, styles, images and connections may come from. The filter's {@code policy} parameter in
 * {@code web.xml} picks the content security policy: {@code page} for the voter, display and chat
 * pages (scripts only from the server's own files), {@code console} for the Faces console, whose
 * PrimeFaces components need inline scripts and {@code eval}.
 */
public class SecurityHeaders extends HttpFilter {

    /** Candidate photos may be addresses elsewhere (HEMIS, CSV imports), so images come from anywhere. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src * data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src * data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A host and port, nothing that could end a directive. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\[\\]:-]{1,255}");

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = "console".equals(config.getInitParameter("policy")) ? CONSOLE_POLICY : PAGE_POLICY;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", withSockets(policy, request.getHeader("Host")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // For browsers that do not know frame-ancestors
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    /**
     * Names the page's own host for WebSockets too: Chromium did not let {@code connect-src 'self'}
     * alone cover the pages' {@code ws://} connections.
     */
    static String withSockets(String policy, String host) {
        if (host == null || !HOST.matcher(host).matches()) {
            return policy;
        }
        return policy.replace("connect-src 'self'", "connect-src 'self' ws://" + host + " wss://" + host);
    }
}
