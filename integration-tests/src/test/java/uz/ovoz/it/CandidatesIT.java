package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Candidates through the admin API: validation, CSV upload, HEMIS import against a fake registry. */
@ExtendWith(ArquillianExtension.class)
class CandidatesIT {

    private static HttpServer hemis;
    private static final AtomicInteger HEMIS_REQUESTS = new AtomicInteger();
    private static volatile String hemisSuffix = "first";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.voting();
    }

    @ArquillianResource
    URL url;

    private Endpoints endpoints;
    private AdminApi admin;
    private String run;

    @BeforeAll
    static void startFakeHemis() throws Exception {
        hemis = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("hemis.fake.port", 18931)), 0);
        hemis.createContext("/rest/v1/data/employee-list", exchange -> {
            HEMIS_REQUESTS.incrementAndGet();
            boolean authorized = "Bearer it-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            String query = exchange.getRequestURI().getQuery();
            String body = !authorized ? "{\"error\":\"unauthorized\"}" : query.contains("page=1&")
                    ? page("[" + item(9001, "Registry One " + hemisSuffix, "Rector", "DSc") + ","
                            + item(9002, "Registry Two " + hemisSuffix, "Dean", null) + "]")
                    : page("[" + item(9003, "Registry Three " + hemisSuffix, null, "PhD") + "]");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(authorized ? 200 : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        hemis.start();
    }

    @AfterAll
    static void stopFakeHemis() {
        hemis.stop(0);
    }

    @BeforeEach
    void clients() {
        endpoints = Endpoints.of(url);
        admin = new AdminApi(endpoints);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void candidatesAreCreatedEditedListedAndDeleted() throws Exception {
        HttpResponse<String> created = admin.call("POST", "/candidates",
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
        assertError(admin.call("POST", "/candidates", "{\"full_name\":\"" + "x".repeat(201) + "\"}"), 400,
                "full_name is longer than 200 characters");
        assertError(admin.call("POST", "/candidates", "{\"full_name\":\"A\",\"degree\":\"" + "d".repeat(201) + "\"}"),
                400, "degree is longer than 200 characters");
        assertEquals(before, admin.okArray("GET", "/candidates").size());
        assertEquals(401, Endpoints.client().send(HttpRequest.newBuilder(endpoints.http("/api/candidates")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
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

        JsonObject again = csv("full_name,which_position,external_id\nCSV One renamed " + run + ",Dean,csv-" + run + "-1\n");
        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("updated"));
        JsonObject imported = find("CSV One renamed " + run);
        assertEquals("Dean", imported.getString("which_position"));
        assertError(admin.call("DELETE", "/candidates/" + imported.getJsonNumber("id").longValue(), null), 409,
                "Imported candidates cannot be deleted by hand");
        assertError(csvResponse("name,degree\nA,B\n"), 400, "The header row has no full_name column (found: name, degree)");
    }

    @Test
    void hemisImportReadsEveryPageWithTheTokenAndUpdatesOnTheSecondRun() throws Exception {
        hemisSuffix = run;
        JsonObject first = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(0, first.getJsonArray("errors").size(), first.toString());
        int createdOrUpdated = first.getInt("created") + first.getInt("updated");
        assertEquals(3, createdOrUpdated);
        JsonObject one = find("Registry One " + run);
        assertEquals("Rector", one.getString("which_position"));
        assertEquals("DSc", one.getString("degree"));
        assertEquals("9001", one.getString("external_id"));
        int requests = HEMIS_REQUESTS.get();

        JsonObject second = admin.ok("POST", "/candidates/import/hemis", null);
        assertEquals(0, second.getInt("created"));
        assertEquals(3, second.getInt("updated"));
        assertEquals(requests + 2, HEMIS_REQUESTS.get(), "two pages of two and one items");
    }

    private JsonObject find(String fullName) throws Exception {
        JsonArray all = admin.okArray("GET", "/candidates");
        return all.stream().map(v -> v.asJsonObject()).filter(c -> fullName.equals(c.getString("full_name")))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate " + fullName));
    }

    private JsonObject csv(String csv) throws Exception {
        HttpResponse<String> response = csvResponse(csv);
        assertEquals(200, response.statusCode(), response.body());
        return AdminApi.json(response.body());
    }

    private HttpResponse<String> csvResponse(String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoints.http("/api/candidates/import/csv"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (AdminApi.USER + ":" + AdminApi.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return Endpoints.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, AdminApi.json(response.body()).getString("error"));
    }

    private static String page(String items) {
        return "{\"data\":{\"items\":" + items + ",\"pagination\":{\"page\":1,\"pageCount\":2}}}";
    }

    private static String item(long id, String name, String position, String degree) {
        return "{\"id\":" + id + ",\"full_name\":\"" + name + "\",\"image\":null,\"staffPosition\":"
                + (position == null ? "null" : "{\"name\":\"" + position + "\"}") + ",\"academicDegree\":"
                + (degree == null ? "null" : "{\"name\":\"" + degree + "\"}") + "}";
    }
}
