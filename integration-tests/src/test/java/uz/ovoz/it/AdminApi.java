package uz.ovoz.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The admin REST API as a script or the console would call it, with the test admin's credentials. */
public final class AdminApi {

    static final String USER = "admin";
    static final String PASSWORD = "it-admin-secret";

    private final Endpoints endpoints;

    public AdminApi(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Sends a request; returns the response, whatever its status. */
    public HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.http("/api" + path))
                .timeout(Duration.ofSeconds(20))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Endpoints.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request that must succeed (2xx) and returns its JSON object. */
    public JsonObject ok(String method, String path, String json) throws Exception {
        return (JsonObject) parse(method, path, json);
    }

    public JsonArray okArray(String method, String path) throws Exception {
        return (JsonArray) parse(method, path, null);
    }

    private JsonStructure parse(String method, String path, String json) throws Exception {
        HttpResponse<String> response = call(method, path, json);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).read();
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public long createCandidate(String fullName, String position) throws Exception {
        return ok(
                        "POST",
                        "/candidates",
                        Json.createObjectBuilder()
                                .add("full_name", fullName)
                                .add("which_position", position)
                                .build()
                                .toString())
                .getJsonNumber("id")
                .longValue();
    }

    /** Creates an event with the given candidates in that order and returns it. */
    public JsonObject createEvent(String name, String settings, long... candidateIds) throws Exception {
        JsonObject event = ok(
                "POST",
                "/events",
                settings == null
                        ? "{\"name\":\"" + name + "\",\"duration_sec\":30}"
                        : "{\"name\":\"" + name + "\"," + settings + "}");
        long id = event.getJsonNumber("id").longValue();
        for (long candidateId : candidateIds) {
            event = ok("POST", "/events/" + id + "/candidates", "{\"candidate_id\":" + candidateId + "}");
        }
        return event;
    }

    public JsonObject action(long eventId, String action) throws Exception {
        return ok("POST", "/events/" + eventId + "/" + action, null);
    }
}
