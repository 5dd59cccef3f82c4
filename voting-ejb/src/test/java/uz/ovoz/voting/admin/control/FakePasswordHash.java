package uz.ovoz.voting.admin.control;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Stands in for Jakarta Security's hash: readable "hashes", counted verifications. */
class FakePasswordHash implements Pbkdf2PasswordHash {

    int verifications;
    Map<String, String> parameters;

    @Override
    public void initialize(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    @Override
    public String generate(char[] password) {
        return "fake:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        verifications++;
        if (!hashedPassword.startsWith("fake:")) {
            throw new IllegalArgumentException("Bad hash encoding");
        }
        return hashedPassword.equals(generate(password));
    }
}
