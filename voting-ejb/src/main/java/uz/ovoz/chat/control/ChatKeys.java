package uz.ovoz.chat.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key pair of chat tokens. Payara's MicroProfile JWT verifies only RS256 and ES256, so chat
 * tokens are always signed with a private key and checked against its public key:
 * <ul>
 * <li>{@code ovoz.chat.jwt-private-key} (PKCS#8, RSA or EC P-256) with its public key in
 * {@code mp.jwt.verify.publickey}: RS256 or ES256 with keys the operator manages;</li>
 * <li>else an EC P-256 key derived from {@code ovoz.chat.jwt-secret}: every instance of a cluster
 * given the same secret derives the same key pair, with nothing to store or distribute;</li>
 * <li>else a random EC P-256 key with a warning: tokens end with the instance.</li>
 * </ul>
 */
record ChatKeys(JWSAlgorithm algorithm, JWSSigner signer, PublicKey publicKey) {

    private static final Logger LOG = Logger.getLogger(ChatKeys.class.getName());
    static final int MIN_SECRET_BYTES = 32;
    private static final byte[] DERIVATION_LABEL = "ovoz chat token key, ES256, v1".getBytes(StandardCharsets.UTF_8);

    static ChatKeys from(Optional<String> privatePem, Optional<String> publicPem, Optional<String> secret) {
        Optional<String> configuredPrivate = privatePem.filter(value -> !value.isBlank());
        if (configuredPrivate.isPresent()) {
            String pub = publicPem
                    .filter(value -> !value.isBlank())
                    .orElseThrow(
                            () -> new IllegalStateException(
                                    "ovoz.chat.jwt-private-key is set, so mp.jwt.verify.publickey must be set to its public key"));
            return configured(configuredPrivate.get(), pub);
        }
        Optional<byte[]> bytes =
                secret.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8));
        if (bytes.isPresent() && bytes.get().length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("ovoz.chat.jwt-secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        return bytes.map(ChatKeys::derived).orElseGet(RandomKey::pair);
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static ChatKeys configured(String privatePem, String publicPem) {
        try {
            byte[] privateDer = der(privatePem);
            boolean ec = isEc(privateDer);
            KeyFactory factory = KeyFactory.getInstance(ec ? "EC" : "RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            return ec
                    ? new ChatKeys(JWSAlgorithm.ES256, new ECDSASigner((ECPrivateKey) privateKey), publicKey)
                    : new ChatKeys(JWSAlgorithm.RS256, new RSASSASigner(privateKey), publicKey);
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "ovoz.chat.jwt-private-key and mp.jwt.verify.publickey must be a PEM "
                            + "PKCS#8 RSA or EC P-256 private key and its X.509 public key: " + e.getMessage(),
                    e);
        }
    }

    /**
     * The P-256 key pair of a secret: the private scalar is an HMAC of the secret. The JDK has no call
     * that computes a public key from a private one, so the public point's x comes from an ECDH
     * agreement with the curve's generator (which is exactly x of d·G), y from the curve's equation,
     * and of the two roots the one that verifies a signature of the private key.
     */
    static ChatKeys derived(byte[] secret) {
        try {
            ECParameterSpec curve = p256();
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            BigInteger order = curve.getOrder();
            BigInteger scalar = new BigInteger(1, hmac.doFinal(DERIVATION_LABEL))
                    .mod(order.subtract(BigInteger.ONE))
                    .add(BigInteger.ONE);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(scalar, curve));
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(factory.generatePublic(new ECPublicKeySpec(curve.getGenerator(), curve)), true);
            BigInteger x = new BigInteger(1, agreement.generateSecret());
            BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
            BigInteger ySquared = x.pow(3)
                    .add(curve.getCurve().getA().multiply(x))
                    .add(curve.getCurve().getB())
                    .mod(p);
            // p ≡ 3 (mod 4) for P-256, so a square root is a single exponentiation
            BigInteger y = ySquared.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            for (BigInteger root : new BigInteger[] {y, p.subtract(y)}) {
                PublicKey candidate = factory.generatePublic(new ECPublicKeySpec(new ECPoint(x, root), curve));
                if (pairs(privateKey, candidate)) {
                    return new ChatKeys(JWSAlgorithm.ES256, new ECDSASigner(privateKey), candidate);
                }
            }
            throw new IllegalStateException("No public key matches the key derived from ovoz.chat.jwt-secret");
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("The chat token key could not be derived from ovoz.chat.jwt-secret", e);
        }
    }

    private static boolean pairs(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = DERIVATION_LABEL;
        Signature signing = Signature.getInstance("SHA256withECDSA");
        signing.initSign(privateKey);
        signing.update(probe);
        byte[] signature = signing.sign();
        Signature verifying = Signature.getInstance("SHA256withECDSA");
        verifying.initVerify(publicKey);
        verifying.update(probe);
        return verifying.verify(signature);
    }

    private static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
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
        return Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    /**
     * One random key per application, created on first use: the token issuer and the public key
     * handed to MicroProfile JWT ({@link ChatKeyConfigSource}) must be the same pair.
     */
    private static final class RandomKey {

        private static final ChatKeys PAIR = create();

        static ChatKeys pair() {
            return PAIR;
        }

        private static ChatKeys create() {
            LOG.log(
                    Level.WARNING,
                    "ovoz.chat.jwt-secret is not set: chat tokens are signed with a random key, so they "
                            + "end with this instance and are not accepted by other instances of a cluster");
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                return new ChatKeys(
                        JWSAlgorithm.ES256, new ECDSASigner((ECPrivateKey) pair.getPrivate()), pair.getPublic());
            } catch (GeneralSecurityException | JOSEException e) {
                throw new IllegalStateException("No EC P-256 key could be generated for chat tokens", e);
            }
        }
    }
}
