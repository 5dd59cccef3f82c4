package uz.ovoz.chat.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.control.ChatTokens;

/**
 * Requires a valid bearer token on every chat API path except sign-up and login, and hands the
 * caller to the resources as the request property {@link #PROPERTY}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Caller implements ContainerRequestFilter {

    static final String PROPERTY = "ovoz.chat.caller";

    @Inject
    ChatTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("auth/") || "OPTIONS".equals(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<ChatPrincipal> caller = header != null && header.startsWith("Bearer ")
                ? tokens.verify(header.substring("Bearer ".length()).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            request.abortWith(ChatErrors.response(401, header == null ? "Missing token" : "Invalid or expired token"));
            return;
        }
        request.setProperty(PROPERTY, caller.get());
    }
}
