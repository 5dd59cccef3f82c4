package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates through the admin API: validation, CSV upload, HEMIS import against a fake registry
 * that pages, fails, answers slowly and refuses, with Fault Tolerance's retries and breaker seen in
 * {@code /metrics}.
 */
class CandidatesIT extends VotingServerIT {

    private static HttpServer hemis;
    private static final AtomicInteger HEMIS_REQUESTS = new AtomicInteger();
    private static volatile String hemisSuffix = "first";

    /** How the fake registry behaves for the next requests. */
    private enum HemisMode {
        NORMAL,
        FLAKY,
        SLOW,
        DOWN,
        REFUSED
    }

    private static volatile HemisMode hemisMode = HemisMode.NORMAL;
    private static final AtomicInteger HEMIS_TROUBLE_LEFT = new AtomicInteger();
    private static final int HEMIS_ITEMS = 5;

    @BeforeAll
    static void startFakeHemis() throws Exception {
        hemis = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("hemis.fake.port", 18931)), 0);
        // A slow answer must not hold up the next attempt
        hemis.setExecutor(Executors.newCachedThreadPool());
        hemis.createContext("/rest/v1/data/employee-list", exchange -> {
            HEMIS_REQUESTS.incrementAndGet();
            boolean authorized =
                    "Bearer it-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean trouble = hemisMode != HemisMode.NORMAL && HEMIS_TROUBLE_LEFT.getAndDecrement() > 0;
            int status = !authorized
                    ? 401
                    : trouble && hemisMode != HemisMode.SLOW && hemisMode != HemisMode.REFUSED ? 503 : 200;
            if (trouble && hemisMode == HemisMode.SLOW) {
                sleepQuietly(2500);
            }
            String body = status != 200
                    ? "{\"error\":\"unavailable\"}"
                    : trouble && hemisMode == HemisMode.REFUSED
                            ? "{\"success\":false,\"error\":\"Token expired\",\"data\":null}"
                            : page(exchange.getRequestURI().getQuery());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException gone) {
                // the client gave up waiting: the point of the slow mode
            }
            exchange.close();
        });
        hemis.start();
    }

    @AfterAll
    static void stopFakeHemis() {
        hemis.stop(0);
    }

    @BeforeEach
    void hemisAnswersNormally() {
        hemisMode = HemisMode.NORMAL;
    }

    @Test
    void candidatesAreCreatedEditedListedAndDeleted() throws Exception {
        HttpResponse<String> created = admin.call(
                "POST",
                "/candidates",
                "{\"full_name\":\"  Aziza " + run + "  \",\"which_position\":\"Rector\",\"degree\":\"DSc\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = AdminApi.json(created.body()).getJsonNumber("id").longValue();
        JsonObject updated = admin.ok("PUT", "/candidates/" + id, "{\"description\":\"Ünicode описание\"}");
        assertEquals("Aziza " + run, updated.getString("full_name"), "names are trimmed");
        assertEquals("Ünicode описание", updated.getString("description"));
        assertTrue(admin.okArray("GET", "/candidates").stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(204, admin.call("DELETE", "/candidates/" + id, null).statusCode());
        assertEquals(404, admin.call("GET", "/candidates/" + id, null).statusCode());
    }

    @Test
    void badInputGetsAClearErrorAndStoresNothing() throws Exception {
        int before = admin.okArray("GET", "/candidates").size();
        assertError(admin.call("POST", "/candidates", "{\"full_name\":\"   \"}"), 400, "full_name is required");
        assertError(
                admin.call("POST", "/candidates", "{\"full_name\":\"" + "x".repeat(201) + "\"}"),
                400,
                "full_name is longer than 200 characters");
        assertError(
                admin.call("POST", "/candidates", "{\"full_name\":\"A\",\"degree\":\"" + "d".repeat(201) + "\"}"),
                400,
                "degree is longer than 200 characters");
        assertEquals(before, admin.okArray("GET", "/candidates").size());
        assertEquals(
                401,
                Endpoints.client()
                        .send(
                                HttpRequest.newBuilder(endpoints.http("/api/candidates"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void csvImportKeepsGoodRowsReportsBadLinesAndUpdatesByExternalId() throws Exception {
        String csv = "full_name;which_position;external_id\n"
                + "CSV One " + run + ";Rector;csv-" + run + "-1\n"
                + ";Dean;csv-" + run + "-2\n"
                + "\"CSV; Three " + run + "\";Dean;\n";
        JsonObject summary = csv(csv);
        assertEquals(2, summary.getInt("created"));
        assertEquals(0, summary.getInt("updated"));
        JsonObject problem = summary.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals("full_name is empty", problem.getString("message"));

        JsonObject again =
                csv("full_name,which_position,external_id\nCSV One renamed " + run + ",Dean,csv-" + run + "-1\n");
        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("updated"));
        JsonObject imported = find("CSV One renamed " + run);
        assertEquals("Dean", imported.getString("which_position"));
        assertError(
                admin.call(
                        "DELETE", "/candidates/" + imported.getJsonNumber("id").longValue(), null),
                409,
                "Imported candidates cannot be deleted by hand");
        assertError(
                csvResponse("name,degree\nA,B\n"), 400, "The header row has no full_name column (found: name, degree)");
    }

    @Test
    void hemisImportReadsEveryPageWithTheTokenAndUpdatesOnTheSecondRun() throws Exception {
        hemisSuffix = run;
        JsonObject first = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(0, first.getJsonArray("errors").size(), first.toString());
        int createdOrUpdated = first.getInt("created") + first.getInt("updated");
        assertEquals(HEMIS_ITEMS, createdOrUpdated);
        JsonObject one = find("Registry 1 " + run);
        assertEquals("Rector", one.getString("which_position"));
        assertEquals("DSc", one.getString("degree"));
        assertEquals("9001", one.getString("external_id"));
        assertEquals("9005", find("Registry 5 " + run).getString("external_id"), "the last page is read too");
        int requests = HEMIS_REQUESTS.get();

        JsonObject second = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(0, second.getInt("created"));
        assertEquals(HEMIS_ITEMS, second.getInt("updated"));
        assertEquals(requests + 3, HEMIS_REQUESTS.get(), "pages of two, two and one items, then no more");
    }

    @Test
    void hemisFailuresAndAReadTimeoutAreRetriedAndCounted() throws Exception {
        hemisSuffix = run;
        double retries = ft("ft_retry_retries_total");
        trouble(HemisMode.FLAKY, 2);
        JsonObject flaky = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(HEMIS_ITEMS, flaky.getInt("created") + flaky.getInt("updated"), flaky.toString());
        assertEquals(retries + 2, ft("ft_retry_retries_total"), "two 503 answers, two retries");

        trouble(HemisMode.SLOW, 1);
        JsonObject slow = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(HEMIS_ITEMS, slow.getInt("created") + slow.getInt("updated"), slow.toString());
        assertEquals(retries + 3, ft("ft_retry_retries_total"), "the page read that timed out was asked again");
    }

    @Test
    void hemisRefusalIsAClearErrorWithoutRetries() throws Exception {
        trouble(HemisMode.REFUSED, 1);
        int requests = HEMIS_REQUESTS.get();
        assertError(admin.call("POST", "/candidates/import/hemis", null), 409, "HEMIS refused the list: Token expired");
        assertEquals(requests + 1, HEMIS_REQUESTS.get(), "success: false is an answer, not an outage");
    }

    @Test
    void aDownRegistryOpensTheCircuitBreakerWhichClosesWhenItRecovers() throws Exception {
        double opened = ft("ft_circuitbreaker_opened_total");
        trouble(HemisMode.DOWN, Integer.MAX_VALUE);
        HttpResponse<String> failed = admin.call("POST", "/candidates/import/hemis", null);
        assertEquals(409, failed.statusCode(), failed.body());
        int requests = HEMIS_REQUESTS.get();
        assertError(
                admin.call("POST", "/candidates/import/hemis", null),
                409,
                "HEMIS import is paused after repeated failures; try again in a minute");
        assertEquals(requests, HEMIS_REQUESTS.get(), "an open breaker does not call HEMIS at all");
        assertEquals(opened + 1, ft("ft_circuitbreaker_opened_total"));
        assertTrue(ft("ft_circuitbreaker_state_total", "state=\"open\"") > 0);

        // The breaker delay here is 3 s (UZ_OVOZ_VOTING_EVENT_CONTROL_HEMISPAGES_PAGE_CIRCUITBREAKER_DELAY)
        HEMIS_TROUBLE_LEFT.set(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = admin.call("POST", "/candidates/import/hemis", null).statusCode();
        }
        assertEquals(200, status, "a half-open breaker lets a good answer through and closes");
    }

    private static void trouble(HemisMode mode, int requests) {
        HEMIS_TROUBLE_LEFT.set(requests);
        hemisMode = mode;
    }

    /**
     * A Fault Tolerance metric of the HEMIS page method with the other labels given. Payara's scrape
     * repeats each base-scope sample (a time in a state read twice), so the largest is taken, not the sum.
     */
    private double ft(String metric, String... labels) throws Exception {
        String scrape = endpoints.get("/metrics").body();
        List<String> wanted = Stream.concat(
                        Stream.of("method=\"uz.ovoz.voting.event.control.HemisPages.page\""), Stream.of(labels))
                .toList();
        List<Double> values = scrape.lines()
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> wanted.stream().allMatch(line::contains))
                .map(line -> Double.valueOf(line.substring(line.lastIndexOf(' ') + 1)))
                .toList();
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private JsonObject find(String fullName) throws Exception {
        JsonArray all = admin.okArray("GET", "/candidates");
        return all.stream()
                .map(v -> v.asJsonObject())
                .filter(c -> fullName.equals(c.getString("full_name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + fullName));
    }

    private JsonObject csv(String csv) throws Exception {
        HttpResponse<String> response = csvResponse(csv);
        assertEquals(200, response.statusCode(), response.body());
        return AdminApi.json(response.body());
    }

    private HttpResponse<String> csvResponse(String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoints.http("/api/candidates/import/csv"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((AdminApi.USER + ":" + AdminApi.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return Endpoints.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, AdminApi.json(response.body()).getString("error"));
    }

    /** The page that {@code ?page=N&limit=L} asks for, out of {@link #HEMIS_ITEMS} items. */
    private static String page(String query) {
        int page = Integer.parseInt(query.replaceAll(".*\\bpage=(\\d+).*", "$1"));
        int limit = Integer.parseInt(query.replaceAll(".*\\blimit=(\\d+).*", "$1"));
        int pageCount = (HEMIS_ITEMS + limit - 1) / limit;
        String items = IntStream.rangeClosed((page - 1) * limit + 1, Math.min(page * limit, HEMIS_ITEMS))
                .mapToObj(n -> item(
                        9000 + n,
                        "Registry " + n + " " + hemisSuffix,
                        n == 1 ? "Rector" : "Dean",
                        n == 1 ? "DSc" : null))
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"success\":true,\"error\":null,\"data\":{\"items\":" + items + ",\"pagination\":{\"page\":" + page
                + ",\"pageSize\":" + limit + ",\"pageCount\":" + pageCount + "}}}";
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String item(long id, String name, String position, String degree) {
        return "{\"id\":" + id + ",\"full_name\":\"" + name + "\",\"image\":null,\"staffPosition\":"
                + (position == null ? "null" : "{\"name\":\"" + position + "\"}") + ",\"academicDegree\":"
                + (degree == null ? "null" : "{\"name\":\"" + degree + "\"}") + "}";
    }
}
