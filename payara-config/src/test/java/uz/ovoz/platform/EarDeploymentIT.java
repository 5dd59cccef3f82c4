package uz.ovoz.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The artifact operators deploy: the built EAR on Payara Server 6, provisioned and started by the
 * same script and asadmin files as the README's run command, checked from outside.
 */
class EarDeploymentIT {

    private static final String BASE = "http://127.0.0.1:8080";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServer() throws Exception {
        assertEquals(0, server("start"), "the server script could not start the EAR; see target/ear-server.log");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server("stop");
    }

    @Test
    void readinessReportsTheDatabaseUpWithMigrationsDone() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"migrations\":\"DONE\""), ready.body());
    }

    @Test
    void applicationMetricsAndTheOldStatsAreServed() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("ovoz_vote_queue_depth"), "application metrics of the EJB module");
        assertTrue(metrics.body().contains("ovoz_connections"), "connection gauges");
        HttpResponse<String> stats = get("/ws-stats");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"total_vote_connections\":"), stats.body());
    }

    @Test
    void intervalTimersRunAtTheirIntervalNotOnceASecond() throws Exception {
        long before = voteFlushDeliveries();
        Thread.sleep(2000);
        long delivered = voteFlushDeliveries() - before;
        // asked for every 20 ms: about 100 in 2 s; without 30-ejb-timers.asadmin Payara allows 2 or 3
        assertTrue(delivered >= 20, "vote-flush ran " + delivered + " times in 2 s");
    }

    private static long voteFlushDeliveries() throws Exception {
        Matcher sample = Pattern.compile(
                        "(?m)^ovoz_timer_deliveries_total\\{[^}]*timer=\"vote-flush\"[^}]*\\}\\s+(\\S+)$")
                .matcher(get("/metrics").body());
        assertTrue(sample.find(), "ovoz_timer_deliveries_total of vote-flush is served");
        return (long) Double.parseDouble(sample.group(1));
    }

    @Test
    void votingModuleIsServedAtTheRootAndChatAtChat() throws Exception {
        HttpResponse<String> root = get("/");
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("<h1>Ovoz</h1>"), root.body());
        HttpResponse<String> chat = get("/chat/");
        assertEquals(200, chat.statusCode());
        assertTrue(chat.body().contains(">Ovoz chat</h1>") && chat.body().contains("chat.js"), chat.body());
    }

    @Test
    void adminConsoleRendersItsLoginPageWithPrimeFaces() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(
                login.body().contains("id=\"login:username\"") && login.body().contains("ln=primefaces"), login.body());
        HttpResponse<String> console = get("/admin/index.xhtml");
        assertEquals(302, console.statusCode(), "the console asks for a login first");
    }

    @Test
    void adminApiAnswersOnlyTheConfiguredAdmin() throws Exception {
        HttpResponse<String> anonymous = get("/api/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        String credentials = System.getenv("OVOZ_ADMIN_USERNAME") + ":" + System.getenv("OVOZ_ADMIN_PASSWORD");
        HttpRequest asAdmin = HttpRequest.newBuilder(URI.create(BASE + "/api/me"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(UTF_8)))
                .build();
        HttpResponse<String> admin = HTTP.send(asAdmin, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(
                admin.body().contains("\"username\":\"" + System.getenv("OVOZ_ADMIN_USERNAME") + "\""), admin.body());
    }

    @Test
    void voterChannelHandshakesAndClosesAnUnknownLinkWith4004() throws Exception {
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:8080/ws/vote/no-such-event"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                        closeCode.complete(status);
                        return null;
                    }
                })
                .get(20, TimeUnit.SECONDS);
        assertEquals(4004, closeCode.get(20, TimeUnit.SECONDS));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(20))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int server(String command) throws Exception {
        Process process = new ProcessBuilder("bash", System.getenv("OVOZ_SERVER_SCRIPT"), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/ear-server.log")))
                .start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
