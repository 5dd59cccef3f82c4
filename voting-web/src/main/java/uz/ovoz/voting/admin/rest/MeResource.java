package uz.ovoz.voting.admin.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/me}: who the credentials of the request belong to, for checking them
 * ({@code curl -u admin:PASSWORD http://localhost:8080/api/me}). Like all of {@code /api}, it
 * answers 401 without valid admin credentials.
 */
@Path("me")
@RequestScoped
public class MeResource {

    /** The authenticated caller. */
    public record Me(String username) {}

    @Inject
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(security.getCallerPrincipal().getName());
    }
}
