package uz.ovoz.voting.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short while, that an admin's password was verified, so that a script calling
 * the API with HTTP Basic does not pay a PBKDF2 verification (about 50 ms of CPU, far more under
 * load) on every request: during a vote storm that sat in front of every Start timer and Next
 * candidate. Only successes are remembered, so a wrong password always costs the full hash, and
 * only as a keyed MAC of the password under a random key of this instance, bound to the stored
 * hash: a new password hash makes the entry useless at once. One entry per admin.
 * {@code ovoz.admin.verified-password-seconds=0} turns it off.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private record Verified(String storedHash, byte[] proof, long untilNanos) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final LongSupplier clock;

    @Inject
    @ConfigProperty(name = "ovoz.admin.verified-password-seconds", defaultValue = "60")
    long seconds;

    public VerifiedPasswords() {
        this(System::nanoTime);
    }

    VerifiedPasswords(LongSupplier clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.clock = clock;
    }

    /** Whether this username, stored hash and password were verified within the last few seconds. */
    public boolean recentlyVerified(String username, String storedHash, char[] password) {
        Verified known = verified.get(username);
        if (known == null || !known.storedHash().equals(storedHash) || clock.getAsLong() - known.untilNanos() > 0) {
            return false;
        }
        return MessageDigest.isEqual(known.proof(), proof(password));
    }

    public void remember(String username, String storedHash, char[] password) {
        if (seconds > 0) {
            verified.put(
                    username, new Verified(storedHash, proof(password), clock.getAsLong() + seconds * 1_000_000_000L));
        }
    }

    private byte[] proof(char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(
                    StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
