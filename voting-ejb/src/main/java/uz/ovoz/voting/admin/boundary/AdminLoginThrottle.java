package uz.ovoz.voting.admin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.net.ClientAddresses;
import uz.ovoz.platform.rate.LoginThrottle;

/**
 * Admin logins through the {@link LoginThrottle}: the console form and HTTP Basic alike. While the
 * account or the address must wait, the identity store is not asked (no hash is computed); the API
 * answers 429 with {@code Retry-After}, the console form shows how long to wait.
 */
@ApplicationScoped
public class AdminLoginThrottle {

    static final String REALM = "admin";
    /** Request attribute: seconds the console's login form tells the admin to wait. */
    public static final String WAIT_SECONDS = "uz.ovoz.admin.login-wait-seconds";

    /** The body of a refusal, as every API error. */
    public record Refusal(String error) {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddresses addresses;

    /** The identity store's verdict, counted; empty while the caller must wait (the wait is on the request). */
    public Optional<CredentialValidationResult> validate(HttpServletRequest request, Credential credential) {
        String account = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
        String address = addresses.of(request).orElse(ClientAddresses.UNKNOWN);
        Optional<Duration> wait = throttle.waitFor(REALM, account, address);
        if (wait.isPresent()) {
            request.setAttribute(WAIT_SECONDS, LoginThrottle.seconds(wait.get()));
            return Optional.empty();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(REALM, account);
        } else {
            throttle.failed(REALM, account, address);
        }
        return Optional.of(result);
    }

    /** 429 with {@code Retry-After} and the API's error body; the request goes no further. */
    public AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        long seconds = (Long) request.getAttribute(WAIT_SECONDS);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write(JsonMessages.toJson(new Refusal("Too many failed logins; try again in " + seconds + " s")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
