package uz.ovoz.chat.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues chat tokens: JWTs signed by Nimbus JOSE+JWT with the claims MicroProfile JWT expects
 * ({@code iss, aud, sub, upn, groups, jti, iat, exp}) and the user's id in {@code uid}, RS256 or ES256
 * with the keys of {@link ChatKeys}. Checking them is Payara's MicroProfile JWT's job (the chat
 * module's {@code @LoginConfig}), against {@code mp.jwt.verify.publickey}, {@code mp.jwt.verify.issuer}
 * and {@code mp.jwt.verify.audiences}: another service verifies chat tokens the same way, with the
 * public key only.
 */
@ApplicationScoped
public class ChatTokens {

    /** The role every chat token carries, for services that check tokens with MP JWT. */
    public static final String GROUP = "chat";

    @Inject
    @ConfigProperty(name = "ovoz.chat.jwt-secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "ovoz.chat.jwt-private-key")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "ovoz-chat")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "ovoz-chat")
    String audience;

    @Inject
    @ConfigProperty(name = "ovoz.chat.token-ttl-minutes", defaultValue = "720")
    long ttlMinutes;

    private ChatKeys keys;

    @PostConstruct
    void key() {
        keys = ChatKeys.from(privateKey, publicKey, configuredSecret);
    }

    public String issue(ChatPrincipal principal) {
        return issue(principal, Instant.now());
    }

    String issue(ChatPrincipal principal, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(principal.username())
                .claim("upn", principal.username())
                .claim("uid", principal.userId())
                .claim("groups", List.of(GROUP))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ttlMinutes * 60)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(keys.algorithm()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("A chat token could not be signed", e);
        }
        return jwt.serialize();
    }

    JWSAlgorithm algorithm() {
        return keys.algorithm();
    }

    PublicKey publicKey() {
        return keys.publicKey();
    }
}
