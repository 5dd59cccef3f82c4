package uz.ovoz.loadtest.voting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uz.ovoz.loadtest.Http;
import uz.ovoz.loadtest.ws.WsConnection;
import uz.ovoz.loadtest.ws.WsListener;

/** One simulated big screen on {@code /ws/display/{link}}: remembers when each tally arrived. */
final class Display implements WsListener {

    /** A {@code display_update}: when, for which candidate, how many votes it counted. */
    record Update(long nanos, long candidateId, long total) {}

    private final List<Update> updates = new ArrayList<>();
    volatile boolean ready;
    volatile boolean closed;

    @Override
    public void onText(WsConnection from, String text) {
        long now = System.nanoTime();
        JsonNode frame = Http.parse(text);
        if (frame != null && "display_update".equals(frame.path("type").asText())) {
            JsonNode data = frame.path("data");
            synchronized (updates) {
                updates.add(new Update(
                        now,
                        data.path("candidate").path("id").asLong(-1),
                        data.path("vote_results").path("total").asLong(0)));
            }
            ready = true;
        }
    }

    @Override
    public void onClose(WsConnection from, int code) {
        closed = true;
    }

    List<Update> updates(long candidateId) {
        synchronized (updates) {
            return updates.stream()
                    .filter(update -> update.candidateId() == candidateId)
                    .toList();
        }
    }

    List<Update> all() {
        synchronized (updates) {
            return new ArrayList<>(updates);
        }
    }
}
