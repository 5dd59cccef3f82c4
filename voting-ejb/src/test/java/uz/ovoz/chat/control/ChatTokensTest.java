package uz.ovoz.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static ChatTokens tokens(String secret) {
        ChatTokens tokens = new ChatTokens();
        tokens.configuredSecret = Optional.ofNullable(secret);
        tokens.ttlMinutes = 60;
        tokens.key();
        return tokens;
    }

    @Test
    void aTokenCarriesItsUserUntilItExpires() {
        ChatTokens tokens = tokens("0123456789abcdef0123456789abcdef");
        String token = tokens.issue(new ChatPrincipal(42, "aziza"), NOW);
        assertEquals(Optional.of(new ChatPrincipal(42, "aziza")), tokens.verify(token, NOW.plusSeconds(3599)));
        assertTrue(tokens.verify(token, NOW.plusSeconds(3600)).isEmpty(), "expired");
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        ChatTokens ours = tokens("0123456789abcdef0123456789abcdef");
        ChatTokens theirs = tokens("fedcba9876543210fedcba9876543210");
        String token = ours.issue(new ChatPrincipal(42, "aziza"), NOW);
        assertTrue(theirs.verify(token, NOW).isEmpty(), "signed with another key");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + ours.issue(new ChatPrincipal(1, "admin"), NOW).split("\\.")[1] + "." + parts[2];
        assertTrue(ours.verify(forged, NOW).isEmpty(), "payload swapped");
        assertTrue(ours.verify("not.a.token", NOW).isEmpty());
        assertTrue(ours.verify(null, NOW).isEmpty());
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
    void aShortSecretFailsStartUpNamingTheKey() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tokens("short"));
        assertTrue(failure.getMessage().contains("ovoz.chat.jwt-secret"));
    }
}
