package uz.ovoz.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.json.JsonMessages;

/**
 * Signed chat tokens: compact JWTs (HS256) carrying the user's id and name and an expiry. The key is
 * {@code ovoz.chat.jwt-secret}; every instance of a cluster needs the same one.
 */
@ApplicationScoped
public class ChatTokens {

    private static final Logger LOG = Logger.getLogger(ChatTokens.class.getName());
    private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    static final int MIN_SECRET_BYTES = 32;

    @Inject
    @ConfigProperty(name = "ovoz.chat.jwt-secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "ovoz.chat.token-ttl-minutes", defaultValue = "720")
    long ttlMinutes;

    private byte[] secret;

    @PostConstruct
    void key() {
        secret = configuredSecret.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(ChatTokens::randomSecret);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("ovoz.chat.jwt-secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
    }

    private static byte[] randomSecret() {
        LOG.log(Level.WARNING, "ovoz.chat.jwt-secret is not set: using a random key, so chat tokens end with this "
                + "instance and are not accepted by other instances of a cluster");
        byte[] random = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }

    public String issue(ChatPrincipal principal) {
        return issue(principal, Instant.now());
    }

    String issue(ChatPrincipal principal, Instant now) {
        String payload = JsonMessages.objectBuilder().add("sub", principal.username()).add("uid", principal.userId())
                .add("iat", now.getEpochSecond()).add("exp", now.getEpochSecond() + ttlMinutes * 60).build().toString();
        String unsigned = HEADER + "." + encode(payload.getBytes(StandardCharsets.UTF_8));
        return unsigned + "." + encode(sign(unsigned));
    }

    /** The principal of a well-signed, unexpired token; empty for anything else. */
    public Optional<ChatPrincipal> verify(String token) {
        return verify(token, Instant.now());
    }

    Optional<ChatPrincipal> verify(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = JsonMessages.reader(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).readObject();
            if (claims.getJsonNumber("exp").longValue() <= now.getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new ChatPrincipal(claims.getJsonNumber("uid").longValue(), claims.getString("sub")));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
