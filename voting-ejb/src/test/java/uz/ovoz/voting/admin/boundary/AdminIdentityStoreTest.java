package uz.ovoz.voting.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.admin.control.AdminAccounts;
import uz.ovoz.voting.admin.entity.AdminUser;

class AdminIdentityStoreTest {

    private final AdminIdentityStore store = new AdminIdentityStore();

    @BeforeEach
    void onlyAliceWithHerPassword() {
        store.accounts = new AdminAccounts() {
            @Override
            public Optional<AdminUser> authenticate(String username, char[] password) {
                boolean valid = "alice".equals(username) && "right".equals(new String(password));
                return valid ? Optional.of(new AdminUser("alice", "hash")) : Optional.empty();
            }
        };
    }

    @Test
    void adminWithTheRightPasswordIsInTheAdminGroup() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("alice", "right"));
        assertEquals(Status.VALID, result.getStatus());
        assertEquals("alice", result.getCallerPrincipal().getName());
        assertEquals(Set.of("admin"), result.getCallerGroups());
    }

    @Test
    void wrongPasswordOrUnknownUserIsInvalid() {
        assertEquals(
                Status.INVALID,
                store.validate(new UsernamePasswordCredential("alice", "wrong")).getStatus());
        assertEquals(
                Status.INVALID,
                store.validate(new UsernamePasswordCredential("bob", "right")).getStatus());
    }

    @Test
    void otherKindsOfCredentialAreLeftToOtherStores() {
        assertEquals(
                Status.NOT_VALIDATED,
                store.validate(new CallerOnlyCredential("alice")).getStatus());
    }
}
