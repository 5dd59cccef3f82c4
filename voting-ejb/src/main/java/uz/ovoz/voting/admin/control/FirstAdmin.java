package uz.ovoz.voting.admin.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh installation can be administered: at start-up, if there is no admin account
 * at all, creates one named {@code ovoz.admin.username} with the password {@code ovoz.admin.password}.
 * Without a configured password it generates one and logs it once, at WARNING.
 *
 * <p>Several instances may start at once against one database and all find no admin; the unique
 * username lets one of them win, and the others accept its account instead of failing to start.
 * Transactions are bean-managed so that each call to {@link AdminAccounts} commits or rolls back on
 * its own, and a lost race leaves nothing to roll back here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    AdminAccounts accounts;

    @Inject
    @ConfigProperty(name = "ovoz.admin.username", defaultValue = "admin")
    String username;

    // No default on purpose: a password written in the code or the artifact is everyone's password
    @Inject
    @ConfigProperty(name = "ovoz.admin.password")
    Optional<String> password;

    @PostConstruct
    void createIfNone() {
        if (accounts.count() > 0) {
            return;
        }
        String chosen = password.orElseGet(InitialPassword::generate);
        if (!createOrAcceptConcurrent(chosen)) {
            LOG.log(Level.INFO, "Admin account ''{0}'' was created by another instance", username);
        } else if (password.isPresent()) {
            LOG.log(Level.INFO, "Created the first admin account ''{0}'' with the configured password", username);
        } else {
            LOG.log(
                    Level.WARNING,
                    "Created the first admin account ''{0}'' with the generated password {1} ."
                            + " This password is written in the log: change it. To choose the first admin''s name and"
                            + " password instead, set ovoz.admin.username and ovoz.admin.password (environment variables"
                            + " OVOZ_ADMIN_USERNAME and OVOZ_ADMIN_PASSWORD) before a start with no admin account.",
                    new Object[] {username, chosen});
        }
    }

    /** True if this instance created the account, false if a concurrent start already had. */
    private boolean createOrAcceptConcurrent(String chosenPassword) {
        try {
            accounts.create(username, chosenPassword);
            return true;
        } catch (EJBException e) {
            // Most likely the unique username, taken since count(): then the account is there now
            if (accounts.byUsername(username).isPresent()) {
                return false;
            }
            throw e;
        }
    }
}
