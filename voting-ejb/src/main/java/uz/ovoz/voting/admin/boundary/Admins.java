package uz.ovoz.voting.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.account.Account;
import uz.ovoz.platform.error.Rejected.Reason;
import uz.ovoz.voting.admin.boundary.AdminRefused.Rule;
import uz.ovoz.voting.admin.control.AdminAccounts;
import uz.ovoz.voting.admin.entity.AdminUser;

/**
 * The admin accounts as the console manages them: add and remove admins, change one's own password.
 * There is always at least one admin, and nobody removes themselves, so the console can never be
 * left without a way in.
 */
@Stateless
public class Admins {

    private static final Logger LOG = Logger.getLogger(Admins.class.getName());
    /** Longer passwords are refused: PBKDF2 hashes whatever it is given, and it costs time. */
    public static final int MAX_PASSWORD = 128;

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminAccounts accounts;

    @Inject
    @ConfigProperty(name = "ovoz.admin.password-min-length", defaultValue = "10")
    int passwordMinLength;

    public List<AdminUser> all() {
        return em.createNamedQuery(AdminUser.ALL, AdminUser.class).getResultList();
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    /** Adds an admin; {@code by} is the admin who does it, for the log. */
    public AdminUser add(String username, String password, String by) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > Account.USERNAME_LENGTH || !name.equals(username)) {
            throw new AdminRefused(
                    Reason.INVALID,
                    Rule.USERNAME,
                    "A username needs 1 to " + Account.USERNAME_LENGTH + " characters and no spaces around it");
        }
        checkStrength(password);
        if (accounts.byUsername(name).isPresent()) {
            throw new AdminRefused(Reason.CONFLICT, Rule.TAKEN, "The username " + name + " is taken");
        }
        AdminUser admin = accounts.create(name, password);
        LOG.log(Level.INFO, "Admin ''{0}'' added admin ''{1}''", new Object[] {by, name});
        return admin;
    }

    /**
     * Removes an admin. Every admin row is locked first, so two admins removing each other at the
     * same moment cannot both succeed and leave nobody.
     */
    public void remove(String username, String by) {
        if (username.equals(by)) {
            throw new AdminRefused(Reason.CONFLICT, Rule.YOURSELF, "An admin cannot remove their own account");
        }
        List<AdminUser> locked = em.createNamedQuery(AdminUser.ALL, AdminUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        AdminUser admin = locked.stream()
                .filter(a -> a.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new AdminRefused(Reason.NOT_FOUND, Rule.NOT_FOUND, "No admin " + username));
        if (locked.size() <= 1) {
            throw new AdminRefused(Reason.CONFLICT, Rule.LAST_ADMIN, "The last admin cannot be removed");
        }
        em.remove(admin);
        LOG.log(Level.INFO, "Admin ''{0}'' removed admin ''{1}''", new Object[] {by, username});
    }

    /** Changes the caller's own password, after checking the current one. */
    public void changePassword(String username, String current, String replacement) {
        AdminUser admin = accounts.byUsername(username)
                .orElseThrow(() -> new AdminRefused(Reason.NOT_FOUND, Rule.NOT_FOUND, "No admin " + username));
        if (current == null || !accounts.verify(admin, current.toCharArray())) {
            throw new AdminRefused(Reason.FORBIDDEN, Rule.WRONG_PASSWORD, "The current password is wrong");
        }
        checkStrength(replacement);
        accounts.changePassword(admin, replacement);
        LOG.log(Level.INFO, "Admin ''{0}'' changed their password", username);
    }

    private void checkStrength(String password) {
        if (password == null || password.length() < passwordMinLength || password.length() > MAX_PASSWORD) {
            throw new AdminRefused(
                    Reason.INVALID,
                    Rule.PASSWORD_TOO_SHORT,
                    "A password needs " + passwordMinLength + " to " + MAX_PASSWORD + " characters");
        }
    }
}
