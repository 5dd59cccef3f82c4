package uz.ovoz.voting.live.control;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * The frames the voter and display channels send, spelled as the old system's clients expect.
 * Each record is one wire message. Renamed properties say {@code nillable = true} so that a null is
 * written as null, as the old system did, rather than left out.
 */
@SuppressWarnings("deprecation")
public sealed interface LiveFrame {

    /** A candidate as voters and displays see it. */
    record CandidateView(
            long id,

            @JsonbProperty(value = "full_name", nillable = true)
            String fullName,

            String image,

            @JsonbProperty(value = "which_position", nillable = true)
            String whichPosition,

            String degree,

            @JsonbProperty(value = "group_no", nillable = true)
            Integer groupNo) {}

    /** The countdown: clients count down to {@code ends_at_ts} (epoch milliseconds), never on ticks. */
    record TimerView(
            boolean running,

            @JsonbProperty(value = "remaining_ms", nillable = true)
            long remainingMs,

            @JsonbProperty(value = "duration_sec", nillable = true)
            int durationSec,

            @JsonbProperty(value = "started_at", nillable = true)
            String startedAt,

            @JsonbProperty(value = "ends_at", nillable = true)
            String endsAt,

            @JsonbProperty(value = "ends_at_ts", nillable = true)
            Long endsAtTs,

            @JsonbProperty(value = "server_now_ts", nillable = true)
            long serverNowTs) {}

    record Counts(
            @JsonbProperty(value = "candidate_id", nillable = true)
            Long candidateId,

            long yes,
            long no,
            long neutral,
            long total) {}

    record CurrentData(
            CandidateView candidate,
            Integer index,
            int total,
            TimerView timer,

            @JsonbProperty(value = "related_candidates", nillable = true)
            List<CandidateView> relatedCandidates,

            @JsonbProperty(value = "event_status", nillable = true)
            String eventStatus,

            @JsonbProperty(value = "requires_code", nillable = true)
            boolean requiresCode) {}

    record CurrentCandidate(String type, CurrentData data) implements LiveFrame {
        public CurrentCandidate(CurrentData data) {
            this("current_candidate", data);
        }
    }

    record TallyUpdate(String type, Counts data) implements LiveFrame {
        public TallyUpdate(Counts data) {
            this("tally_update", data);
        }
    }

    record AutoVoted(
            @JsonbProperty(value = "candidate_id", nillable = true)
            long candidateId,

            @JsonbProperty(value = "full_name", nillable = true)
            String fullName,

            @JsonbProperty(value = "vote_type", nillable = true)
            String voteType) {}

    record VoteConfirmed(
            String type,

            @JsonbProperty(value = "vote_type", nillable = true)
            String voteType,

            @JsonbProperty(value = "candidate_id", nillable = true)
            long candidateId,

            @JsonbProperty(value = "which_position", nillable = true)
            String whichPosition,

            @JsonbProperty(value = "auto_voted_candidates", nillable = true)
            List<AutoVoted> autoVotedCandidates,

            String nonce)
            implements LiveFrame {
        public VoteConfirmed(
                String voteType, long candidateId, String whichPosition, List<AutoVoted> autoVoted, String nonce) {
            this("vote_confirmed", voteType, candidateId, whichPosition, autoVoted, nonce);
        }
    }

    record VotesCleared(
            String type,

            @JsonbProperty(value = "candidate_ids", nillable = true)
            List<Long> candidateIds) implements LiveFrame {
        public VotesCleared(List<Long> candidateIds) {
            this("votes_cleared", candidateIds);
        }
    }

    record TimerExpired(
            String type,

            @JsonbProperty(value = "candidate_id", nillable = true)
            long candidateId) implements LiveFrame {
        public TimerExpired(long candidateId) {
            this("timer_expired", candidateId);
        }
    }

    record CodeAccepted(String type, String code) implements LiveFrame {
        public CodeAccepted(String code) {
            this("code_accepted", code);
        }
    }

    record Pong(String type) implements LiveFrame {
        public Pong() {
            this("pong");
        }
    }

    /** A refusal: {@code code} names the reason for programs (added to the old frame), the message is for people. */
    record Error(String type, String message, String code) implements LiveFrame {
        public Error(String message) {
            this("error", message, "invalid");
        }

        public static Error of(String code, String message) {
            return new Error("error", message, code);
        }
    }

    /**
     * The refusal of a vote this device (or code) already cast: an {@code error} frame as before, which
     * now also says what is on record, so the voter's page shows the choice that counts.
     */
    record AlreadyVoted(
            String type,
            String message,
            String code,

            @JsonbProperty(value = "candidate_id", nillable = true)
            long candidateId,

            @JsonbProperty(value = "vote_type", nillable = true)
            String voteType)
            implements LiveFrame {
        public AlreadyVoted(String message, long candidateId, String voteType) {
            this("error", message, "duplicate", candidateId, voteType);
        }
    }

    record Standing(
            CandidateView candidate,

            @JsonbProperty(value = "vote_results", nillable = true)
            Counts voteResults,

            @JsonbProperty(value = "yes_percent", nillable = true)
            double yesPercent,

            @JsonbProperty(value = "no_percent", nillable = true)
            double noPercent,

            @JsonbProperty(value = "neutral_percent", nillable = true)
            double neutralPercent,

            boolean passed) {}

    record DisplayData(
            @JsonbProperty(value = "event_name", nillable = true)
            String eventName,

            @JsonbProperty(value = "event_status", nillable = true)
            String eventStatus,

            CandidateView candidate,
            Integer index,
            int total,
            TimerView timer,

            @JsonbProperty(value = "related_candidates", nillable = true)
            List<CandidateView> relatedCandidates,

            @JsonbProperty(value = "group_results", nillable = true)
            List<Standing> groupResults,

            @JsonbProperty(value = "vote_results", nillable = true)
            Counts voteResults,

            @JsonbProperty(value = "tally_hidden", nillable = true)
            boolean tallyHidden,

            @JsonbProperty(value = "final_results", nillable = true)
            List<Standing> finalResults,
            // null while the tally is hidden: the number of voters is a tally too
            @JsonbProperty(value = "total_voters", nillable = true)
            Long totalVoters) {}

    record DisplayUpdate(String type, DisplayData data) implements LiveFrame {
        public DisplayUpdate(DisplayData data) {
            this("display_update", data);
        }
    }
}
