package uz.ovoz.loadtest.voting;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import uz.ovoz.loadtest.Http;
import uz.ovoz.loadtest.ws.WsConnection;
import uz.ovoz.loadtest.ws.WsListener;

/**
 * One simulated phone on {@code /ws/vote/{link}}: follows the current candidate, votes when told and
 * reports the answer. Tally updates are skipped unread: they are the bulk of what a voter receives.
 */
final class Voter implements WsListener {

    static final String[] TYPES = {"yes", "no", "neutral"};

    /** The wire form of a vote, as the phone page sends it. */
    record CastVote(
            String type,
            @JsonProperty("vote_type") String voteType,
            @JsonProperty("device_id") String deviceId,
            @JsonProperty("candidate_id") long candidateId) {}

    final int index;
    final String deviceId;
    private final VoterEvents events;
    volatile WsConnection connection;
    volatile long candidate = -1;
    volatile long sentNanos;
    volatile int arrivals;
    volatile boolean resent;

    Voter(int index, String run, VoterEvents events) {
        this.index = index;
        this.deviceId = "lt-" + run + "-" + index;
        this.events = events;
    }

    /** yes, no or neutral, fixed per voter so that the stored counts can be checked per type. */
    String voteType() {
        return TYPES[index % TYPES.length];
    }

    void vote(long candidateId) {
        try {
            String frame = Http.JSON.writeValueAsString(new CastVote("cast_vote", voteType(), deviceId, candidateId));
            sentNanos = System.nanoTime();
            connection.send(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onText(WsConnection from, String text) {
        long now = System.nanoTime();
        if (text.contains("\"tally_update\"")) {
            return;
        }
        JsonNode frame = Http.parse(text);
        String type = frame == null ? "" : frame.path("type").asText();
        switch (type) {
            case "current_candidate" -> {
                JsonNode data = frame.path("data");
                candidate = data.path("candidate").path("id").asLong(-1);
                events.current(
                        this, candidate, data.path("timer").path("running").asBoolean(), now);
            }
            case "vote_confirmed" -> events.answered(this, VoterEvents.Answer.CONFIRMED, now);
            case "error" ->
                events.answered(
                        this,
                        frame.path("message").asText().contains("already voted")
                                ? VoterEvents.Answer.DUPLICATE
                                : VoterEvents.Answer.REFUSED,
                        now);
            default -> {
                // pong, timer_expired, votes_cleared: nothing to measure
            }
        }
    }

    @Override
    public void onClose(WsConnection from, int code) {
        events.closed(this, code);
    }
}
