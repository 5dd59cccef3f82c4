package uz.ovoz.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginRuleTest {

    private static final String OWN = "http://vote.example.uz";
    private final Origins origins = Origins.allowing(" https://admin.example.uz , ");

    @Test
    void originsCompareSchemeHostAndPortWithDefaultPortsLeftOut() {
        assertTrue(origins.same("http://VOTE.example.uz:80", OWN));
        assertTrue(origins.same("https://vote.example.uz", "https://vote.example.uz:443"));
        assertFalse(origins.same("https://vote.example.uz", OWN), "another scheme is another origin");
        assertFalse(origins.same("http://vote.example.uz:8080", OWN), "another port is another origin");
        assertFalse(origins.same("null", OWN), "a sandboxed page's origin is nobody's");
        assertTrue(origins.accepts("https://admin.example.uz", OWN));
        assertFalse(origins.same("https://admin.example.uz", OWN));
    }

    @Test
    void aMalformedAllowedOriginIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> Origins.allowing("admin.example.uz"));
    }

    @Test
    void socketsAcceptOwnAllowedAndMissingOriginsOnly() {
        assertEquals(Optional.empty(), OriginRule.SOCKET.refusal(socket(OWN), origins));
        assertEquals(Optional.empty(), OriginRule.SOCKET.refusal(socket("https://admin.example.uz"), origins));
        assertEquals(Optional.empty(), OriginRule.SOCKET.refusal(socket(null), origins));
        assertTrue(OriginRule.SOCKET
                .refusal(socket("https://evil.example"), origins)
                .isPresent());
    }

    @Test
    void consoleSocketAcceptsOnlyItsOwnOrigin() {
        assertEquals(Optional.empty(), OriginRule.CONSOLE_SOCKET.refusal(socket(OWN), origins));
        assertTrue(OriginRule.CONSOLE_SOCKET
                .refusal(socket("https://admin.example.uz"), origins)
                .isPresent());
        assertTrue(OriginRule.CONSOLE_SOCKET.refusal(socket(null), origins).isPresent());
    }

    @Test
    void apiChangeThroughTheSessionMustNameAnAcceptedOrigin() {
        assertTrue(api("POST", null, null, false).isPresent());
        assertTrue(api("DELETE", "https://evil.example", null, false).isPresent());
        assertTrue(api("POST", null, "https://evil.example/page", false).isPresent());
        assertEquals(Optional.empty(), api("POST", OWN, null, false));
        assertEquals(Optional.empty(), api("PUT", null, OWN + "/admin/index.xhtml", false));
        assertEquals(Optional.empty(), api("POST", "https://admin.example.uz", null, false));
        assertEquals(Optional.empty(), api("GET", "https://evil.example", null, false), "reading changes nothing");
    }

    @Test
    void apiChangeWithCredentialsNeedsNoOriginButRefusesAForeignOne() {
        assertEquals(Optional.empty(), api("POST", null, null, true));
        assertTrue(api("POST", "https://evil.example", null, true).isPresent());
    }

    @Test
    void rulesAreNamedAsInWebXml() {
        assertEquals(OriginRule.CONSOLE_SOCKET, OriginRule.named("console-socket"));
        assertEquals(OriginRule.API, OriginRule.named("api"));
    }

    private static OriginRule.Seen socket(String origin) {
        return new OriginRule.Seen("GET", origin, null, false, OWN);
    }

    private Optional<String> api(String method, String origin, String referer, boolean credentials) {
        return OriginRule.API.refusal(new OriginRule.Seen(method, origin, referer, credentials, OWN), origins);
    }
}
