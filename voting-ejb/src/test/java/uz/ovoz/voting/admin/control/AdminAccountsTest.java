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
    private AdminUser stored = alice;
    private final long[] now = {0};
    private int checksCounted;
    private AdminAccounts accounts;

    @BeforeEach
    void accountsWithOnlyAlice() {
        accounts = new AdminAccounts() {
            @Override
            public Optional<AdminUser> byUsername(String username) {
                return Optional.of(stored).filter(admin -> admin.getUsername().equals(username));
            }

            @Override
            void countCheck() {
                checksCounted++;
            }
        };
        accounts.passwordHash = hash;
        accounts.verifiedPasswords = new VerifiedPasswords(() -> now[0]);
        accounts.verifiedPasswords.seconds = 60;
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
        assertEquals(1, checksCounted, "every verification is counted");
    }

    @Test
    void aVerifiedPasswordIsRememberedForAWhileButAWrongOneNever() {
        accounts.authenticate("alice", "right".toCharArray());
        accounts.authenticate("alice", "right".toCharArray());
        assertEquals(1, hash.verifications, "the second call is answered from memory");
        assertEquals(Optional.empty(), accounts.authenticate("alice", "wrong".toCharArray()));
        assertEquals(Optional.empty(), accounts.authenticate("alice", "wrong".toCharArray()));
        assertEquals(3, hash.verifications, "wrong passwords always pay the full hash");
        now[0] += 61_000_000_000L;
        assertEquals(Optional.of(alice), accounts.authenticate("alice", "right".toCharArray()));
        assertEquals(4, hash.verifications, "after the time is up the hash is verified again");
    }

    @Test
    void aChangedPasswordHashMakesTheRememberedPasswordUseless() {
        accounts.authenticate("alice", "right".toCharArray());
        stored = new AdminUser("alice", "fake:new");
        assertEquals(Optional.empty(), accounts.authenticate("alice", "right".toCharArray()));
        assertEquals(Optional.of(stored), accounts.authenticate("alice", "new".toCharArray()));
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
