package uz.ovoz.voting.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.admin.entity.AdminUser;

class AdminAccountsTest {

    private final FakePasswordHash hash = new FakePasswordHash();
    private final AdminUser alice = new AdminUser("alice", "fake:right");
    private AdminAccounts accounts;

    @BeforeEach
    void accountsWithOnlyAlice() {
        accounts = new AdminAccounts() {
            @Override
            public Optional<AdminUser> byUsername(String username) {
                return Optional.of(alice).filter(admin -> admin.getUsername().equals(username));
            }
        };
        accounts.passwordHash = hash;
        accounts.configureHash();
    }

    @Test
    void hashIsConfiguredForPbkdf2WithHmacSha256() {
        assertEquals("PBKDF2WithHmacSHA256", hash.parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertTrue(Integer.parseInt(hash.parameters.get("Pbkdf2PasswordHash.Iterations")) >= 100_000);
    }

    @Test
    void rightPasswordAuthenticates() {
        assertEquals(Optional.of(alice), accounts.authenticate("alice", "right".toCharArray()));
        assertTrue(accounts.verify(alice, "right".toCharArray()));
    }

    @Test
    void wrongPasswordDoesNotAuthenticate() {
        assertEquals(Optional.empty(), accounts.authenticate("alice", "wrong".toCharArray()));
    }

    @Test
    void unknownUsernameCostsAVerificationToo() {
        assertEquals(Optional.empty(), accounts.authenticate("mallory", "right".toCharArray()));
        assertEquals(1, hash.verifications);
    }

    @Test
    void hashThatIsNotPbkdf2MatchesNoPassword() {
        assertFalse(accounts.verify(new AdminUser("bob", "pbkdf2$hash"), "pbkdf2$hash".toCharArray()));
    }

    @Test
    void blankOrOverlongUsernameAndEmptyPasswordAreRefusedBeforeStoring() {
        assertThrows(IllegalArgumentException.class, () -> accounts.create(" ", "secret"));
        assertThrows(IllegalArgumentException.class, () -> accounts.create(null, "secret"));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("a".repeat(65), "secret"));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("admin", ""));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("admin", null));
    }
}
