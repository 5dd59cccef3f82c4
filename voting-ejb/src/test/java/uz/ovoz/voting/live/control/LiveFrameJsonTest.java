package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.platform.json.JsonMessages;

/** The wire format the old clients parse: the old names, and nulls written out (JSON-B sorts names). */
class LiveFrameJsonTest {

    @Test
    void currentCandidateWithoutCandidateOrTimerWritesNulls() {
        LiveFrame.TimerView timer = new LiveFrame.TimerView(false, 0, 30, null, null, null, 1000);
        String json = JsonMessages.toJson(new LiveFrame.CurrentCandidate(
                new LiveFrame.CurrentData(null, null, 0, timer, List.of(), "finished", false)));
        assertEquals(
                "{\"data\":{\"candidate\":null,\"event_status\":\"finished\","
                        + "\"index\":null,\"related_candidates\":[],\"requires_code\":false,\"timer\":{\"duration_sec\":30,"
                        + "\"ends_at\":null,\"ends_at_ts\":null,\"remaining_ms\":0,\"running\":false,\"server_now_ts\":1000,"
                        + "\"started_at\":null},\"total\":0},\"type\":\"current_candidate\"}",
                json);
    }

    @Test
    void voteConfirmedUsesTheOldFieldNames() {
        String json = JsonMessages.toJson(
                new LiveFrame.VoteConfirmed("yes", 7, null, List.of(new LiveFrame.AutoVoted(8, "B", "no")), null));
        assertEquals(
                "{\"auto_voted_candidates\":[{\"candidate_id\":8,\"full_name\":\"B\","
                        + "\"vote_type\":\"no\"}],\"candidate_id\":7,\"nonce\":null,\"type\":\"vote_confirmed\","
                        + "\"vote_type\":\"yes\",\"which_position\":null}",
                json);
    }
}
