package uz.ovoz.voting.admin.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Turns on HTTP Basic authentication for this web module. Which paths need the {@link #ADMIN} role
 * is declared in {@code WEB-INF/web.xml} ({@code /api/*} only); everything else stays public, and a
 * request to a public path is never challenged, even with wrong credentials.
 *
 * <p>Basic rather than a login form because the API's callers are scripts, and because it needs
 * no session: every request carries its credentials, which {@link AdminIdentityStore} checks.
 */
@BasicAuthenticationMechanismDefinition(realmName = AdminSecurity.REALM)
@DeclareRoles(AdminSecurity.ADMIN)
@ApplicationScoped
public class AdminSecurity {

    /** The role that {@code /api/*} requires, and the group every admin account is in. */
    public static final String ADMIN = "admin";

    public static final String REALM = "ovoz";
}
