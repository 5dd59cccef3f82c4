package uz.ovoz.voting.admin.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import uz.ovoz.platform.account.Account;
import uz.ovoz.platform.account.PasswordHashing;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.voting.admin.entity.AdminUser;

/**
 * Stores admin accounts and checks their passwords. Passwords are kept only as PBKDF2 hashes made by
 * Jakarta Security's built-in {@link Pbkdf2PasswordHash} with the {@link PasswordHashing} every
 * account shares.
 */
@Stateless
public class AdminAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    VerifiedPasswords verifiedPasswords;

    @Inject
    OvozMetrics metrics;

    /** Checked against when the username is unknown; made on first need, it is nobody's password. */
    private String unknownUserHash;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
    }

    public Optional<AdminUser> byUsername(String username) {
        return em.createNamedQuery(AdminUser.BY_USERNAME, AdminUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores a new admin with the hash of the password.
     *
     * @throws IllegalArgumentException if the username is blank or too long, or the password empty
     * @throws jakarta.persistence.PersistenceException if the username is taken
     */
    public AdminUser create(String username, String plainPassword) {
        if (username == null || username.isBlank() || username.length() > Account.USERNAME_LENGTH) {
            throw new IllegalArgumentException(
                    "An admin username needs 1 to " + Account.USERNAME_LENGTH + " characters");
        }
        if (plainPassword == null || plainPassword.isBlank()) {
            throw new IllegalArgumentException("An admin password must not be empty");
        }
        AdminUser admin = new AdminUser(username, passwordHash.generate(plainPassword.toCharArray()));
        em.persist(admin);
        // Inserting now makes a taken username fail inside this call rather than at commit
        em.flush();
        return admin;
    }

    /** Replaces the admin's password hash; a password remembered as verified no longer matches the new hash. */
    public void changePassword(AdminUser admin, String plainPassword) {
        em.merge(admin).changePasswordHash(passwordHash.generate(plainPassword.toCharArray()));
    }

    public boolean verify(AdminUser admin, char[] password) {
        try {
            return passwordHash.verify(password, admin.getPasswordHash());
        } catch (IllegalArgumentException notAPbkdf2Hash) {
            // A hash this class did not write (e.g. a hand-inserted row) can match no password
            return false;
        }
    }

    /**
     * The admin with that username and password. An unknown username costs one hash verification
     * too, so response times do not tell which usernames exist.
     */
    public Optional<AdminUser> authenticate(String username, char[] password) {
        Optional<AdminUser> admin = byUsername(username);
        if (admin.isEmpty()) {
            countCheck();
            passwordHash.verify(password, unknownUserHash());
            return Optional.empty();
        }
        return admin.filter(
                candidate -> verifiedRecently(candidate, password) || verifyAndRemember(candidate, password));
    }

    private boolean verifiedRecently(AdminUser admin, char[] password) {
        return verifiedPasswords.recentlyVerified(admin.getUsername(), admin.getPasswordHash(), password);
    }

    private boolean verifyAndRemember(AdminUser admin, char[] password) {
        countCheck();
        boolean valid = verify(admin, password);
        if (valid) {
            verifiedPasswords.remember(admin.getUsername(), admin.getPasswordHash(), password);
        }
        return valid;
    }

    /** Counts PBKDF2 verifications in {@code ovoz_password_checks_total}: each costs about 50 ms of CPU. */
    void countCheck() {
        metrics.count("ovoz_password_checks");
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AdminUser a", Long.class).getSingleResult();
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = passwordHash.generate(InitialPassword.generate().toCharArray());
        }
        return unknownUserHash;
    }
}
