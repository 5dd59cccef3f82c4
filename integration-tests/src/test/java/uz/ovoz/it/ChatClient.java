package uz.ovoz.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The chat REST API as the old chat's tools call it, for one user. */
public final class ChatClient {

    private final Endpoints endpoints;
    private final String token;
    final String username;

    private ChatClient(Endpoints endpoints, String username, String token) {
        this.endpoints = endpoints;
        this.username = username;
        this.token = token;
    }

    public String token() {
        return token;
    }

    public String username() {
        return username;
    }

    /** Signs a new user up and logs them in. */
    public static ChatClient signup(Endpoints endpoints, String username) throws Exception {
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"secret-" + username + "\"}";
        HttpResponse<String> created = call(endpoints, "POST", "/chat/api/auth/signup", credentials, null);
        if (created.statusCode() != 201) {
            throw new AssertionError("signup " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> login = call(endpoints, "POST", "/chat/api/auth/login", credentials, null);
        return new ChatClient(
                endpoints, username, json(login.body()).asJsonObject().getString("token"));
    }

    public HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(endpoints, method, path, body, token);
    }

    public JsonStructure ok(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    public long createRoom(String name, String... participants) throws Exception {
        StringBuilder list = new StringBuilder();
        for (String participant : participants) {
            list.append(list.length() == 0 ? "" : ",")
                    .append('"')
                    .append(participant)
                    .append('"');
        }
        return ((JsonObject) ok(
                        "POST", "/chat/api/chatrooms", "{\"name\":\"" + name + "\",\"participants\":[" + list + "]}"))
                .getJsonNumber("id")
                .longValue();
    }

    public WebSocketProbe connect() throws Exception {
        return connect(endpoints);
    }

    /** A chat socket opened with extra handshake headers, such as a browser's {@code Origin}. */
    public WebSocketProbe connect(Map<String, String> headers) throws Exception {
        return WebSocketProbe.connect(endpoints.ws("/chat/ws?token=" + token), headers);
    }

    /** A chat socket to another server of the cluster, with the same token. */
    public WebSocketProbe connect(Endpoints server) throws Exception {
        return WebSocketProbe.connect(server.ws("/chat/ws?token=" + token));
    }

    static HttpResponse<String> call(Endpoints endpoints, String method, String path, String body, String token)
            throws Exception {
        return call(endpoints, method, path, body, token, null);
    }

    /** A POST as a client behind a proxy that forwards its address ({@code X-Forwarded-For}). */
    static HttpResponse<String> postFrom(String forwardedFor, Endpoints endpoints, String path, String body)
            throws Exception {
        return call(endpoints, "POST", path, body, null, forwardedFor);
    }

    private static HttpResponse<String> call(
            Endpoints endpoints, String method, String path, String body, String token, String forwardedFor)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(endpoints.http(path)).timeout(Duration.ofSeconds(30));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Endpoints.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}
