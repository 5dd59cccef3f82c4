package uz.ovoz.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An admin logged in through the console's form, as a browser does it, without a browser: the
 * session cookie is what a page on another origin would try to ride on.
 */
final class ConsoleLogin {

    private static final String LOGIN = "/login.xhtml";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private ConsoleLogin() {
    }

    /** Logs the admin in and returns the session's {@code Cookie} header value. */
    static String sessionCookie(Endpoints server, String username, String password) throws Exception {
        HttpResponse<String> form = Endpoints.client().send(HttpRequest.newBuilder(server.http(LOGIN))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String before = session(form);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state in the login form: " + form.body());
        }
        String body = Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> submitted = Endpoints.client().send(HttpRequest.newBuilder(server.http(LOGIN))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + before)
                .header("Origin", "http://127.0.0.1:" + server.http("/").getPort())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // The login changes the session id; the old one is worth nothing after it
        String after = submitted.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
                .filter(Matcher::find).map(found -> found.group(1)).findFirst().orElse(before);
        if (submitted.statusCode() != 302) {
            throw new AssertionError("console login answered " + submitted.statusCode() + ": " + submitted.body());
        }
        return "JSESSIONID=" + after;
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("the login page set no session cookie"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
