package uz.ovoz.chat.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.control.ChatTokens;
import uz.ovoz.chat.entity.ChatUser;
import uz.ovoz.platform.account.Account;
import uz.ovoz.platform.account.PasswordHashing;
import uz.ovoz.platform.error.Rejected;

/** Chat sign-up and login; passwords are stored only as PBKDF2 hashes. */
@Stateless
public class ChatAccounts {

    static final int MAX_PASSWORD = 128;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    ChatTokens tokens;

    @Inject
    @ConfigProperty(name = "ovoz.chat.password-min-length", defaultValue = "8")
    int minPassword;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
    }

    /** @throws Rejected 400 for missing or malformed fields, 409 when the username is taken */
    public ChatUser signup(String username, String password) {
        String name = username(username);
        if (password == null || password.isEmpty()) {
            throw Rejected.invalid("username and password are required");
        }
        if (password.length() < minPassword) {
            throw Rejected.invalid("password must have at least " + minPassword + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw Rejected.invalid("password is longer than " + MAX_PASSWORD + " characters");
        }
        if (byUsername(name).isPresent()) {
            throw Rejected.conflict("Username " + name + " is taken");
        }
        ChatUser user = new ChatUser(name, passwordHash.generate(password.toCharArray()));
        em.persist(user);
        em.flush();
        return user;
    }

    /** A token for the user. @throws Rejected 401 for a wrong username or password */
    public String login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw Rejected.invalid("username and password are required");
        }
        ChatUser user = byUsername(username.strip())
                .filter(candidate -> matches(candidate, password))
                .orElseThrow(() -> Rejected.unauthorized("Invalid username or password"));
        return tokens.issue(new ChatPrincipal(user.getId(), user.getUsername()));
    }

    public Optional<ChatUser> byUsername(String username) {
        return em.createNamedQuery(ChatUser.BY_USERNAME, ChatUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private boolean matches(ChatUser user, String password) {
        try {
            return passwordHash.verify(password.toCharArray(), user.getPasswordHash());
        } catch (IllegalArgumentException notAPbkdf2Hash) {
            return false;
        }
    }

    static String username(String username) {
        if (username == null || username.isBlank()) {
            throw Rejected.invalid("username and password are required");
        }
        String name = username.strip();
        if (name.length() > Account.USERNAME_LENGTH || !name.matches("[\\p{L}\\p{N}_.@-]+")) {
            throw Rejected.invalid(
                    "A username has 1 to " + Account.USERNAME_LENGTH + " letters, digits or _ . @ - and no spaces");
        }
        return name;
    }
}
