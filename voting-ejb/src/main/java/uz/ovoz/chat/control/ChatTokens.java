package uz.ovoz.chat.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chat tokens: JWTs signed and checked by Nimbus JOSE+JWT, with the claims MicroProfile JWT expects
 * ({@code iss, aud, sub, upn, groups, jti, iat, exp}) and the user's id in {@code uid}. HS256 with
 * {@code ovoz.chat.jwt-secret} unless {@code ovoz.chat.jwt-private-key} is set, then RS256 or ES256
 * with that key, checked against {@code mp.jwt.verify.publickey}: another service can then verify
 * chat tokens with MicroProfile JWT and the public key only. Every instance of a cluster needs the
 * same keys ({@link ChatKeys}).
 */
@ApplicationScoped
public class ChatTokens {

    /** The role every chat token carries, for services that check tokens with MP JWT. */
    public static final String GROUP = "chat";
    private static final Set<String> REQUIRED = Set.of("iss", "aud", "sub", "uid", "jti", "iat", "exp");

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
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .subject(principal.username()).claim("upn", principal.username()).claim("uid", principal.userId())
                .claim("groups", List.of(GROUP)).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(ttlMinutes * 60))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(keys.algorithm()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("A chat token could not be signed", e);
        }
        return jwt.serialize();
    }

    /** The principal of a well-signed, unexpired token of this issuer and audience; empty for anything else. */
    public Optional<ChatPrincipal> verify(String token) {
        return verify(token, Instant.now());
    }

    Optional<ChatPrincipal> verify(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor(now).process(token, null);
            Object uid = claims.getClaim("uid");
            return uid instanceof Number number
                    ? Optional.of(new ChatPrincipal(number.longValue(), claims.getSubject())) : Optional.empty();
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException refused) {
            return Optional.empty();
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(Instant now) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        // Only the configured algorithm and key: no "alg":"none", no key chosen by the token
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(keys.algorithm(), keys.verificationKey()));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(now);
            }
        };
        // Every instance signs and checks with its own clock: expiry is exact, as before
        claims.setMaxClockSkew(0);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    JWSAlgorithm algorithm() {
        return keys.algorithm();
    }
}
