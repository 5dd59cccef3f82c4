package uz.ovoz.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = "console".equals(config.getInitParameter("policy")) ? CONSOLE_POLICY : PAGE_POLICY;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // For browsers that do not know frame-ancestors
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
