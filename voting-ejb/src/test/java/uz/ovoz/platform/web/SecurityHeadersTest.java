package uz.ovoz.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void policyLetsPagesOpenSocketsToTheirOwnHost() {
        String policy = SecurityHeaders.withSockets(SecurityHeaders.PAGE_POLICY, "vote.example.uz:8080");
        assertTrue(policy.contains("connect-src 'self' ws://vote.example.uz:8080 wss://vote.example.uz:8080;"), policy);
    }

    @Test
    void aHostThatCouldAddDirectivesIsLeftOut() {
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.withSockets(SecurityHeaders.PAGE_POLICY, "x; script-src *"));
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.withSockets(SecurityHeaders.PAGE_POLICY, null));
    }
}
