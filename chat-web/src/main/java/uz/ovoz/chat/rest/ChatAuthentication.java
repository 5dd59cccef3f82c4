package uz.ovoz.chat.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uz.ovoz.chat.control.ChatPrincipal;

/**
 * The chat module's authentication mechanism ({@code fish.payara.security.mechanism} in its
 * {@code web.xml}): it finds the token and lets Payara's MicroProfile JWT identity store, installed by
 * {@link ChatApi}'s {@code @LoginConfig}, check it (key, algorithm, issuer, audience, expiry). A valid
 * token makes the caller a {@link JsonWebToken} in the group {@code chat}.
 *
 * <p>Why not Payara's own MP-JWT mechanism: it reads only the {@code Authorization} header (or a
 * cookie), and a browser cannot set headers on a WebSocket, so chat clients send {@code ?token=}.
 * This mechanism takes {@code Authorization: Bearer …} everywhere and {@code ?token=} on the socket
 * only (a query string ends up in logs; the API never needed it), the query winning as before.
 *
 * <p>A missing or refused token is not answered here: the request goes on unauthenticated, so
 * sign-up and login work whatever a client sends, {@code @RolesAllowed} resources answer 401
 * ({@link Unauthenticated}) and the socket closes with its own code ({@link ChatEndpoint}).
 */
@ApplicationScoped
public class ChatAuthentication implements HttpAuthenticationMechanism {

    static final String SOCKET_PATH = "/ws";
    /** Request attribute: the token was checked and refused, so a second pass need not check it again. */
    static final String REFUSED = "uz.ovoz.chat.token-refused";

    private static final String BEARER = "Bearer ";
    // Payara's credential for its JWT identity store; not an API class, so found the way Payara's
    // own mechanism selection finds its classes: by name, through the application's class loader
    private static final String PAYARA_JWT_CREDENTIAL =
            "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    @Inject
    IdentityStoreHandler identityStores;

    private volatile Constructor<? extends Credential> credential;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> token = token(request);
        if (token.isEmpty() || request.getAttribute(REFUSED) != null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential(token.get()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            return context.doNothing();
        }
        // As Payara's mechanism does: its JsonWebToken producer looks for the token among the caller's principals
        context.getClientSubject().getPrincipals().add(result.getCallerPrincipal());
        return context.notifyContainerAboutLogin(result);
    }

    static Optional<String> token(HttpServletRequest request) {
        if (SOCKET_PATH.equals(request.getServletPath())) {
            String query = request.getParameter("token");
            if (query != null && !query.isBlank()) {
                return Optional.of(query.strip());
            }
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String value = header.substring(BEARER.length()).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        return Optional.empty();
    }

    private Credential credential(String token) {
        try {
            Constructor<? extends Credential> constructor = credential;
            if (constructor == null) {
                constructor = Class.forName(
                                PAYARA_JWT_CREDENTIAL,
                                true,
                                Thread.currentThread().getContextClassLoader())
                        .asSubclass(Credential.class)
                        .getConstructor(String.class);
                credential = constructor;
            }
            return constructor.newInstance(token);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara's MicroProfile JWT is not available: " + e, e);
        }
    }

    /** The chat user a checked token names; empty for no token or one without the user's id. */
    public static Optional<ChatPrincipal> principal(JsonWebToken token) {
        if (token == null || token.getName() == null) {
            return Optional.empty();
        }
        Object uid = token.getClaim("uid");
        if (uid instanceof JsonNumber number) {
            return Optional.of(new ChatPrincipal(number.longValue(), token.getName()));
        }
        return uid instanceof Number number
                ? Optional.of(new ChatPrincipal(number.longValue(), token.getName()))
                : Optional.empty();
    }
}
