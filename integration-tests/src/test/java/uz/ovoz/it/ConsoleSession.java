package uz.ovoz.it;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An admin logged in through the console's form, as a browser does it, without a browser: the
 * session cookie it ends with is what a browser would attach to every later request.
 */
public final class ConsoleSession {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ConsoleSession() {}

    /** The session ids a login went through: the form's, and the one the login answered with. */
    public record Login(String before, String after) {}

    /** Logs the test admin in and returns the {@code Cookie} header value of its session. */
    public static String logIn(Endpoints endpoints) throws Exception {
        return "JSESSIONID=" + logInWithSessions(endpoints).after();
    }

    /** Logs the test admin in and returns the session id of the form and the one after the login. */
    public static Login logInWithSessions(Endpoints endpoints) throws Exception {
        HttpResponse<String> form = NO_REDIRECTS.send(
                HttpRequest.newBuilder(endpoints.http("/login.xhtml"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String before = session(form);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state in the login form: " + form.body());
        }
        String body = Map.of(
                        "login",
                        "login",
                        "login:username",
                        AdminApi.USER,
                        "login:password",
                        AdminApi.PASSWORD,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState.group(1))
                .entrySet()
                .stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = NO_REDIRECTS.send(
                HttpRequest.newBuilder(endpoints.http("/login.xhtml"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Cookie", "JSESSIONID=" + before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302) {
            throw new AssertionError("login answered " + login.statusCode() + ": " + login.body());
        }
        return new Login(before, session(login));
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
