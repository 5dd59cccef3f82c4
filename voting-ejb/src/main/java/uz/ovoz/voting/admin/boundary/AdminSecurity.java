package uz.ovoz.voting.admin.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The admin role. Which paths need it is declared in {@code WEB-INF/web.xml} ({@code /api/*} and the
 * console under {@code /admin/*}); {@link AdminAuthentication} decides how a caller proves it.
 */
@DeclareRoles(AdminSecurity.ADMIN)
@ApplicationScoped
public class AdminSecurity {

    /** The role that {@code /api/*} and {@code /admin/*} require, and the group every admin account is in. */
    public static final String ADMIN = "admin";

    public static final String REALM = "ovoz";
}
