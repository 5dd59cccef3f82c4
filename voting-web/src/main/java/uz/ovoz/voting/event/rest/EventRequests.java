package uz.ovoz.voting.event.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.boundary.EventSettings;

/** The bodies the admin API accepts and the small ones it returns, in the old system's snake_case. */
public final class EventRequests {

    private EventRequests() {}

    public record Settings(
            String name,
            @JsonbProperty("duration_sec") Integer durationSec,
            @JsonbProperty("hide_tally") Boolean hideTally,
            @JsonbProperty("one_vote_per_ip") Boolean oneVotePerIp,
            @JsonbProperty("requires_codes") Boolean requiresCodes) {

        EventSettings settings() {
            return new EventSettings(name, durationSec, hideTally, oneVotePerIp, requiresCodes);
        }
    }

    public record CandidateRef(
            @JsonbProperty("candidate_id") Long candidateId) {}

    public record CandidateIds(
            @JsonbProperty("candidate_ids") List<Long> candidateIds) {

        /** The ids of a body that must have them. */
        static List<Long> required(CandidateIds body) {
            if (body == null || body.candidateIds() == null) {
                throw Rejected.invalid("candidate_ids is required");
            }
            return body.candidateIds();
        }
    }

    public record Index(Integer index) {}

    public record Timer(@JsonbProperty("duration_sec") Integer durationSec) {}

    public record CodeCount(Integer count) {}

    public record Codes(List<String> codes) {}

    public record Cleared(@JsonbProperty("candidate_ids") List<Long> candidateIds) {}
}
