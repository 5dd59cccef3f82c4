package uz.ovoz.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP for the set-up calls (admin API, chat REST); the load itself goes over WebSocket. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** POSTs {@code body} (any value Jackson writes) and returns the answer; fails on a non-2xx status. */
    public JsonNode post(String path, String authorization, Object body) {
        try {
            return send(request(path, authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    /** The server's gauge {@code ovoz_connections{kind=KIND}} from /metrics; -1 when it cannot be read. */
    public long connections(String kind) {
        double value = metric("ovoz_connections", "kind=\"" + kind + "\"");
        return Double.isNaN(value) ? -1 : (long) value;
    }

    /**
     * The value of the application metric {@code name} in the series whose tags contain
     * {@code containing}; NaN when there is none or /metrics cannot be read. Only that metric is
     * asked for: the whole of /metrics costs the server more CPU than the figures it serves.
     */
    public double metric(String name, String containing) {
        String prefix = name + "{";
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(base.resolve("/metrics?scope=application&name=" + name))
                            .header("Accept", "text/plain")
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body()
                    .lines()
                    .filter(line -> line.startsWith(prefix) && line.contains(containing))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .findFirst()
                    .orElse(Double.NaN);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    // A server answering 429 (batch calls per address, see ovoz.chat.auth-batches-per-minute) is asked
    // again after its Retry-After, this many times at most
    private static final int RETRIES_AFTER_429 = 20;

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; response.statusCode() == 429 && retry < RETRIES_AFTER_429; retry++) {
                Thread.sleep(1000
                        * response.headers().firstValueAsLong("Retry-After").orElse(1));
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " "
                        + request.uri().getPath() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON frame; null when it is not JSON. */
    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
