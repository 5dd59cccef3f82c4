package uz.ovoz.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few admin API calls a load run needs to set up an event. */
final class Admin {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern LINK = Pattern.compile("\"link\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    Admin(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static long id(String json) {
        return Long.parseLong(first(ID, json));
    }

    static String link(String json) {
        return first(LINK, json);
    }

    private static String first(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + json);
        }
        return matcher.group(1);
    }
}
