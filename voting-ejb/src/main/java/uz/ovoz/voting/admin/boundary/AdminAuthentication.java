package uz.ovoz.voting.admin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.voting.admin.control.AdminAccounts;

/**
 * Two ways to be an admin, one identity store: scripts send HTTP Basic credentials with every request
 * (no session), people log in once through the console's form ({@code /login.xhtml}) and are then
 * remembered by their HTTP session until they log out or it times out.
 *
 * <p>The voting module names it as its mechanism ({@code fish.payara.security.mechanism} in its
 * {@code web.xml}); the chat module names its own, as the EAR holds several.
 *
 * <p>A protected console page without a login redirects to the form; a protected API call without
 * valid credentials gets a Basic challenge. Public paths are never challenged, and Basic credentials
 * sent to them are not even checked.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "uz.ovoz.admin.caller";
    /** The console's login form, public. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    AdminLoginThrottle logins;

    @Inject
    AdminAccounts accounts;

    @Inject
    @ConfigProperty(name = "ovoz.admin.session-timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return formLogin(request, context, submitted);
        }
        // Only where an admin is needed: a password check costs a PBKDF2 verification, which
        // anyone could otherwise make the server pay by sending Basic credentials to public paths
        Optional<UsernamePasswordCredential> basic =
                context.isProtected() ? basicCredential(request) : Optional.empty();
        if (basic.isPresent()) {
            Optional<CredentialValidationResult> checked = logins.validate(request, basic.get());
            if (checked.isEmpty()) {
                return logins.refuse(request, response);
            }
            CredentialValidationResult result = checked.get();
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            if (stillAnAdmin(caller)) {
                return context.notifyContainerAboutLogin(caller, Set.of(AdminSecurity.ADMIN));
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getServletPath().startsWith("/admin")) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?from="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return challenge(response, context);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential submitted) {
        Optional<CredentialValidationResult> checked = logins.validate(request, submitted);
        if (checked.isEmpty()) {
            // the form says how long to wait (AdminLoginThrottle.WAIT_SECONDS)
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 error page: the login form shows the failure itself
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session id planted before login is worth nothing after it
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        session = request.getSession(true);
        session.setMaxInactiveInterval(sessionTimeoutMinutes * 60);
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * An admin removed by another ends their console sessions with their next request. While the
     * database does not answer, a logged-in admin stays logged in rather than being thrown out.
     */
    private boolean stillAnAdmin(String caller) {
        try {
            return accounts.byUsername(caller).isPresent();
        } catch (RuntimeException databaseUnreachable) {
            return true;
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + AdminSecurity.REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
