package uz.ovoz.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final ChatPrincipal AZIZA = new ChatPrincipal(42, "aziza");

    private static ChatTokens tokens(String secret) {
        return tokens(secret, null, null, "ovoz-chat");
    }

    private static ChatTokens tokens(String secret, String privatePem, String publicPem, String issuer) {
        ChatTokens tokens = new ChatTokens();
        tokens.configuredSecret = Optional.ofNullable(secret);
        tokens.privateKey = Optional.ofNullable(privatePem);
        tokens.publicKey = Optional.ofNullable(publicPem);
        tokens.issuer = issuer;
        tokens.audience = "ovoz-chat";
        tokens.ttlMinutes = 60;
        tokens.key();
        return tokens;
    }

    @Test
    void aTokenCarriesItsUserUntilItExpires() {
        ChatTokens tokens = tokens(SECRET);
        String token = tokens.issue(AZIZA, NOW);
        assertEquals(Optional.of(AZIZA), tokens.verify(token, NOW.plusSeconds(3599)));
        assertTrue(tokens.verify(token, NOW.plusSeconds(3600)).isEmpty(), "expired");
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        ChatTokens ours = tokens(SECRET);
        ChatTokens theirs = tokens("fedcba9876543210fedcba9876543210");
        String token = ours.issue(AZIZA, NOW);
        assertTrue(theirs.verify(token, NOW).isEmpty(), "signed with another key");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + ours.issue(new ChatPrincipal(1, "admin"), NOW).split("\\.")[1] + "." + parts[2];
        assertTrue(ours.verify(forged, NOW).isEmpty(), "payload swapped");
        assertTrue(ours.verify("not.a.token", NOW).isEmpty());
        assertTrue(ours.verify(null, NOW).isEmpty());
    }

    @Test
    void aTokenOfAnotherIssuerOrWithoutSignatureIsRefused() {
        ChatTokens ours = tokens(SECRET);
        String foreignIssuer = tokens(SECRET, null, null, "someone-else").issue(AZIZA, NOW);
        assertTrue(ours.verify(foreignIssuer, NOW).isEmpty(), "same key, other issuer");
        String[] parts = ours.issue(AZIZA, NOW).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertTrue(ours.verify(none + "." + parts[1] + ".", NOW).isEmpty(), "alg none");
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
        assertEquals(List.of(ChatTokens.GROUP), claims.getStringListClaim("groups"));
        assertTrue(claims.getJWTID() != null && claims.getIssueTime() != null && claims.getExpirationTime() != null);
    }

    @Test
    void rsaAndEcKeysSignWithRs256AndEs256AndOnlyTheirPublicKeyVerifies() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair rsaPair = rsa.generateKeyPair();
        ChatTokens rs256 = tokens(null, pem("PRIVATE KEY", rsaPair.getPrivate().getEncoded()),
                pem("PUBLIC KEY", rsaPair.getPublic().getEncoded()), "ovoz-chat");
        KeyPair ecPair = ec.generateKeyPair();
        ChatTokens es256 = tokens(null, Base64.getEncoder().encodeToString(ecPair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(ecPair.getPublic().getEncoded()), "ovoz-chat");
        assertEquals(JWSAlgorithm.RS256, rs256.algorithm());
        assertEquals(JWSAlgorithm.ES256, es256.algorithm());
        assertEquals(Optional.of(AZIZA), rs256.verify(rs256.issue(AZIZA, NOW), NOW));
        assertEquals(Optional.of(AZIZA), es256.verify(es256.issue(AZIZA, NOW), NOW));
        assertTrue(es256.verify(rs256.issue(AZIZA, NOW), NOW).isEmpty());
        assertTrue(rs256.verify(tokens(SECRET).issue(AZIZA, NOW), NOW).isEmpty(), "HS256 refused when keys are RSA");
    }

    @Test
    void withoutAConfiguredSecretARandomKeyIsUsed() {
        ChatTokens first = tokens(null);
        ChatTokens second = tokens(null);
        String token = first.issue(new ChatPrincipal(7, "bobur"), NOW);
        assertTrue(first.verify(token, NOW).isPresent());
        assertTrue(second.verify(token, NOW).isEmpty());
    }

    @Test
    void aShortSecretOrAPrivateKeyWithoutItsPublicKeyFailsStartUpNamingTheKey() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tokens("short"));
        assertTrue(failure.getMessage().contains("ovoz.chat.jwt-secret"));
        IllegalStateException noPublic = assertThrows(IllegalStateException.class,
                () -> tokens(null, "MIIB", null, "ovoz-chat"));
        assertTrue(noPublic.getMessage().contains("mp.jwt.verify.publickey"));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
