package uz.ovoz.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issuing only: Payara's MicroProfile JWT checks the tokens, with the public key these tests verify against. */
class ChatTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final ChatPrincipal AZIZA = new ChatPrincipal(42, "aziza");

    private static ChatTokens tokens(String secret) {
        return tokens(secret, null, null);
    }

    private static ChatTokens tokens(String secret, String privatePem, String publicPem) {
        ChatTokens tokens = new ChatTokens();
        tokens.configuredSecret = Optional.ofNullable(secret);
        tokens.privateKey = Optional.ofNullable(privatePem);
        tokens.publicKey = Optional.ofNullable(publicPem);
        tokens.issuer = "ovoz-chat";
        tokens.audience = "ovoz-chat";
        tokens.ttlMinutes = 60;
        tokens.key();
        return tokens;
    }

    @Test
    void theTokenCarriesTheClaimsMicroProfileJwtRequires() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens(SECRET).issue(AZIZA, NOW));
        assertEquals("JWT", jwt.getHeader().getType().toString());
        var claims = jwt.getJWTClaimsSet();
        assertEquals("ovoz-chat", claims.getIssuer());
        assertEquals(List.of("ovoz-chat"), claims.getAudience());
        assertEquals("aziza", claims.getSubject());
        assertEquals("aziza", claims.getStringClaim("upn"));
        assertEquals(42L, claims.getLongClaim("uid"));
        assertEquals(List.of(ChatTokens.GROUP), claims.getStringListClaim("groups"));
        assertEquals(Date.from(NOW), claims.getIssueTime());
        assertEquals(Date.from(NOW.plusSeconds(3600)), claims.getExpirationTime());
        assertTrue(claims.getJWTID() != null);
    }

    @Test
    void aSecretGivesEveryInstanceTheSameEs256KeyAndAnotherSecretAnother() throws Exception {
        ChatTokens first = tokens(SECRET);
        ChatTokens second = tokens(SECRET);
        assertEquals(JWSAlgorithm.ES256, first.algorithm());
        assertEquals(first.publicKey(), second.publicKey());
        assertTrue(verifies(first.issue(AZIZA, NOW), second.publicKey()), "one instance's token, the other's key");
        ChatTokens other = tokens("fedcba9876543210fedcba9876543210");
        assertNotEquals(first.publicKey(), other.publicKey());
        assertFalse(verifies(first.issue(AZIZA, NOW), other.publicKey()));
    }

    @Test
    void theConfigSourceHandsOutThePublicKeyTheTokensAreSignedWith() throws Exception {
        ChatKeys keys = ChatKeys.from(Optional.empty(), Optional.empty(), Optional.of(SECRET));
        PublicKey fromPem =
                KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(ChatKeys.der(keys.publicKeyPem())));
        assertEquals(tokens(SECRET).publicKey(), fromPem);
        assertTrue(keys.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void configuredRsaAndEcKeysSignWithRs256AndEs256AndOnlyTheirPublicKeyVerifies() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair rsaPair = rsa.generateKeyPair();
        ChatTokens rs256 = tokens(
                SECRET,
                pem("PRIVATE KEY", rsaPair.getPrivate().getEncoded()),
                pem("PUBLIC KEY", rsaPair.getPublic().getEncoded()));
        KeyPair ecPair = ec.generateKeyPair();
        ChatTokens es256 = tokens(
                null,
                Base64.getEncoder().encodeToString(ecPair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(ecPair.getPublic().getEncoded()));
        assertEquals(JWSAlgorithm.RS256, rs256.algorithm());
        assertEquals(JWSAlgorithm.ES256, es256.algorithm());
        assertTrue(verifies(rs256.issue(AZIZA, NOW), rsaPair.getPublic()));
        assertTrue(verifies(es256.issue(AZIZA, NOW), ecPair.getPublic()));
        assertFalse(verifies(tokens(SECRET).issue(AZIZA, NOW), ecPair.getPublic()));
    }

    @Test
    void withoutAConfiguredSecretOneRandomKeyServesTheWholeApplication() throws Exception {
        ChatTokens first = tokens(null);
        ChatTokens second = tokens(null);
        assertEquals(JWSAlgorithm.ES256, first.algorithm());
        assertEquals(first.publicKey(), second.publicKey(), "the issuer and the config source share it");
        assertNotEquals(first.publicKey(), tokens(SECRET).publicKey());
    }

    @Test
    void aShortSecretOrAPrivateKeyWithoutItsPublicKeyFailsStartUpNamingTheKey() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tokens("short"));
        assertTrue(failure.getMessage().contains("ovoz.chat.jwt-secret"));
        IllegalStateException noPublic = assertThrows(IllegalStateException.class, () -> tokens(null, "MIIB", null));
        assertTrue(noPublic.getMessage().contains("mp.jwt.verify.publickey"));
    }

    private static boolean verifies(String token, PublicKey key) throws Exception {
        JWSVerifier verifier =
                key instanceof RSAPublicKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECPublicKey) key);
        return SignedJWT.parse(token).verify(verifier);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
