package uz.ovoz.loadtest.voting;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uz.ovoz.loadtest.Http;

/** The admin API calls a voting run needs: an event with its candidates, the timer, next, results. */
final class AdminApi {

    private final Http http;
    private final String authorization;

    AdminApi(Http http, String user, String password) {
        this.http = http;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates and starts an event with {@code candidates} new candidates; returns it. */
    JsonNode startEvent(String name, int candidates, int durationSec) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= candidates; i++) {
            ids.add(http.post(
                            "/api/candidates",
                            authorization,
                            Map.of("full_name", name + " candidate " + i, "which_position", "Load test"))
                    .get("id")
                    .asLong());
        }
        long event = http.post("/api/events", authorization, Map.of("name", name, "duration_sec", durationSec))
                .get("id")
                .asLong();
        ids.forEach(id -> http.post(path(event, "/candidates"), authorization, Map.of("candidate_id", id)));
        return http.post(path(event, "/start"), authorization, Map.of());
    }

    JsonNode timer(long event) {
        return http.post(path(event, "/timer"), authorization, Map.of());
    }

    JsonNode next(long event) {
        return http.post(path(event, "/next"), authorization, Map.of());
    }

    JsonNode stop(long event) {
        return http.post(path(event, "/stop"), authorization, Map.of());
    }

    JsonNode results(long event) {
        return http.get(path(event, "/results"), authorization);
    }

    private static String path(long event, String action) {
        return "/api/events/" + event + action;
    }
}
