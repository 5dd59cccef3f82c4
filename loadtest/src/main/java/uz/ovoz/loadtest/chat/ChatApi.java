package uz.ovoz.loadtest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import uz.ovoz.loadtest.Http;

/** The chat REST calls a run needs: batch sign-up and login, room creation, history. */
final class ChatApi {

    /** A user as the batch endpoints take it. */
    record Credentials(String username, String password) {}

    private final Http http;

    ChatApi(Http http) {
        this.http = http;
    }

    /** Signs the users up; a name that is taken already belongs to an earlier run and is fine. */
    List<String> signup(List<Credentials> users) {
        JsonNode answer = http.post("/chat/api/auth/signup-batch", null, Map.of("users", users));
        return problems(answer).stream()
                .filter(problem -> !problem.toLowerCase().contains("taken"))
                .toList();
    }

    /** Logs the users in; returns username → token. */
    Map<String, String> login(List<Credentials> users) {
        JsonNode answer = http.post("/chat/api/auth/login-batch", null, Map.of("users", users));
        Map<String, String> tokens = new java.util.HashMap<>();
        answer.path("results")
                .forEach(result -> tokens.put(
                        result.path("username").asText(), result.path("token").asText()));
        if (!problems(answer).isEmpty()) {
            throw new IllegalStateException("login-batch: " + problems(answer));
        }
        return tokens;
    }

    long createRoom(String token, String name, List<String> participants) {
        return http.post("/chat/api/chatrooms", bearer(token), Map.of("name", name, "participants", participants))
                .get("id")
                .asLong();
    }

    /** Up to 200 messages of the room after id {@code after}, ascending. */
    JsonNode history(String token, long roomId, long after) {
        return http.get("/chat/api/chatrooms/" + roomId + "/messages?after=" + after + "&limit=200", bearer(token));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static List<String> problems(JsonNode answer) {
        List<String> problems = new java.util.ArrayList<>();
        answer.path("errors")
                .forEach(error -> problems.add(error.path("username").asText() + ": "
                        + error.path("error").asText()));
        return problems;
    }
}
