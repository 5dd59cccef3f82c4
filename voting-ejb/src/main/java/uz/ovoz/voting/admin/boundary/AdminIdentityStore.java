package uz.ovoz.voting.admin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import uz.ovoz.voting.admin.control.AdminAccounts;

/**
 * Checks a username and password against the admin accounts in the database. A valid admin is in
 * the group {@code admin}, which {@code WEB-INF/glassfish-web.xml} maps to the role of that name.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    @Inject
    AdminAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(admin -> new CredentialValidationResult(admin.getUsername(), Set.of(AdminSecurity.ADMIN)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
