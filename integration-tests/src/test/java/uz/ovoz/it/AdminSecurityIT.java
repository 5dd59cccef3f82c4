package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The admin API under {@code /api} asks for HTTP Basic credentials of an admin account from the
 * database, and nothing else does. The admin is the one the application creates at its first start,
 * from {@code OVOZ_ADMIN_USERNAME} and {@code OVOZ_ADMIN_PASSWORD} in the Failsafe configuration.
 */
class AdminSecurityIT extends VotingServerIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "it-admin-secret";

    @Test
    void meWithoutCredentialsIsChallengedForBasicAuthentication() throws Exception {
        HttpResponse<String> response = endpoints.get("/api/me");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(
                "Basic realm=\"ovoz\", charset=\"UTF-8\"",
                response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void meWithAWrongPasswordIsRefused() throws Exception {
        assertEquals(401, getAs("/api/me", ADMIN, "not-" + PASSWORD).statusCode());
    }

    @Test
    void meWithAnUnknownUserIsRefused() throws Exception {
        assertEquals(401, getAs("/api/me", "nobody", PASSWORD).statusCode());
    }

    @Test
    void meWithTheAdminsCredentialsAnswersItsUsername() throws Exception {
        HttpResponse<String> response = getAs("/api/me", ADMIN, PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(ADMIN, me.getString("username"));
    }

    @Test
    void loginGivesANewSessionIdAndTheIdFromBeforeTheLoginOpensNothing() throws Exception {
        ConsoleSession.Login login = ConsoleSession.logInWithSessions(endpoints);
        assertNotEquals(login.before(), login.after(), "the session id changes at login");
        HttpResponse<String> planted = console(endpoints, login.before());
        assertEquals(302, planted.statusCode(), "a session id planted before the login is worth nothing");
        java.net.URI toLogin =
                java.net.URI.create(planted.headers().firstValue("Location").orElseThrow());
        assertEquals(endpoints.http("/login.xhtml").getPath(), toLogin.getPath());
        assertEquals("from=%2Fadmin%2Findex.xhtml", toLogin.getRawQuery());
        assertEquals(200, console(endpoints, login.after()).statusCode(), "the new id is the logged-in session");
    }

    private static HttpResponse<String> console(Endpoints endpoints, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoints.http("/admin/index.xhtml"))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        return java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void landingPageAndReadinessStayPublic() throws Exception {
        HttpResponse<String> page = endpoints.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Ovoz</h1>"), page.body());
        HttpResponse<String> ready = endpoints.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    void publicPageIsServedEvenWithWrongCredentials() throws Exception {
        assertEquals(200, getAs("/", ADMIN, "not-" + PASSWORD).statusCode());
    }

    @Test
    void voterChannelStaysPublic() throws Exception {
        WebSocketProbe probe = WebSocketProbe.connect(endpoints.ws("/ws/vote/no-such-event"));
        assertEquals(4004, probe.awaitCloseCode(Duration.ofSeconds(10)));
    }

    private HttpResponse<String> getAs(String path, String username, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoints.http(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + token)
                .GET()
                .build();
        return Endpoints.client().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
