package uz.ovoz.chat.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of chat tokens, read once at start: a private key (PKCS#8 PEM, RSA or EC P-256) and its
 * public key (X.509 PEM) for RS256 or ES256, else a shared secret for HS256, else a random secret
 * with a warning (tokens then end with the instance and no other instance accepts them).
 */
record ChatKeys(JWSAlgorithm algorithm, JWSSigner signer, Key verificationKey) {

    private static final Logger LOG = Logger.getLogger(ChatKeys.class.getName());
    static final int MIN_SECRET_BYTES = 32;

    static ChatKeys from(Optional<String> privatePem, Optional<String> publicPem, Optional<String> secret) {
        Optional<String> configuredPrivate = privatePem.filter(value -> !value.isBlank());
        if (configuredPrivate.isPresent()) {
            String pub = publicPem.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "ovoz.chat.jwt-private-key is set, so mp.jwt.verify.publickey must be set to its public key"));
            return asymmetric(configuredPrivate.get(), pub);
        }
        byte[] bytes = secret.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(ChatKeys::randomSecret);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("ovoz.chat.jwt-secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        try {
            return new ChatKeys(JWSAlgorithm.HS256, new MACSigner(bytes), new SecretKeySpec(bytes, "HmacSHA256"));
        } catch (JOSEException e) {
            throw new IllegalStateException("ovoz.chat.jwt-secret cannot key HS256", e);
        }
    }

    private static ChatKeys asymmetric(String privatePem, String publicPem) {
        try {
            byte[] privateDer = der(privatePem);
            boolean ec = isEc(privateDer);
            KeyFactory factory = KeyFactory.getInstance(ec ? "EC" : "RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            return ec ? new ChatKeys(JWSAlgorithm.ES256, new ECDSASigner((ECPrivateKey) privateKey), publicKey)
                    : new ChatKeys(JWSAlgorithm.RS256, new RSASSASigner(privateKey), publicKey);
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException("ovoz.chat.jwt-private-key and mp.jwt.verify.publickey must be a PEM "
                    + "PKCS#8 RSA or EC P-256 private key and its X.509 public key: " + e.getMessage(), e);
        }
    }

    private static boolean isEc(byte[] pkcs8) {
        try {
            KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return true;
        } catch (GeneralSecurityException notEc) {
            return false;
        }
    }

    /** The bytes of a PEM block, or of bare Base64 (an environment variable holds one line more easily). */
    static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static byte[] randomSecret() {
        LOG.log(Level.WARNING, "ovoz.chat.jwt-secret is not set: using a random key, so chat tokens end with this "
                + "instance and are not accepted by other instances of a cluster");
        byte[] random = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
