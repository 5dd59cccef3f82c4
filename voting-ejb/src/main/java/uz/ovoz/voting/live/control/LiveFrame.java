package uz.ovoz.voting.live.control;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * The frames the voter and display channels send, spelled as the old system's clients expect.
 * Each record is one wire message; {@code type} comes first in every one.
 */
public sealed interface LiveFrame {

    /** A candidate as voters and displays see it. */
    record CandidateView(long id, @JsonbProperty("full_name") String fullName, String image,
            @JsonbProperty("which_position") String whichPosition, String degree,
            @JsonbProperty("group_no") Integer groupNo) {
    }

    /** The countdown: clients count down to {@code ends_at_ts} (epoch milliseconds), never on ticks. */
    record TimerView(boolean running, @JsonbProperty("remaining_ms") long remainingMs,
            @JsonbProperty("duration_sec") int durationSec, @JsonbProperty("started_at") String startedAt,
            @JsonbProperty("ends_at") String endsAt, @JsonbProperty("ends_at_ts") Long endsAtTs,
            @JsonbProperty("server_now_ts") long serverNowTs) {
    }

    record Counts(@JsonbProperty("candidate_id") Long candidateId, long yes, long no, long neutral, long total) {
    }

    record CurrentData(CandidateView candidate, Integer index, int total, TimerView timer,
            @JsonbProperty("related_candidates") List<CandidateView> relatedCandidates,
            @JsonbProperty("event_status") String eventStatus, @JsonbProperty("requires_code") boolean requiresCode) {
    }

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

    record AutoVoted(@JsonbProperty("candidate_id") long candidateId, @JsonbProperty("full_name") String fullName,
            @JsonbProperty("vote_type") String voteType) {
    }

    record VoteConfirmed(String type, @JsonbProperty("vote_type") String voteType,
            @JsonbProperty("candidate_id") long candidateId, @JsonbProperty("which_position") String whichPosition,
            @JsonbProperty("auto_voted_candidates") List<AutoVoted> autoVotedCandidates, String nonce)
            implements LiveFrame {
        public VoteConfirmed(String voteType, long candidateId, String whichPosition, List<AutoVoted> autoVoted,
                String nonce) {
            this("vote_confirmed", voteType, candidateId, whichPosition, autoVoted, nonce);
        }
    }

    record VotesCleared(String type, @JsonbProperty("candidate_ids") List<Long> candidateIds) implements LiveFrame {
        public VotesCleared(List<Long> candidateIds) {
            this("votes_cleared", candidateIds);
        }
    }

    record TimerExpired(String type, @JsonbProperty("candidate_id") long candidateId) implements LiveFrame {
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

    record Error(String type, String message) implements LiveFrame {
        public Error(String message) {
            this("error", message);
        }
    }

    record Standing(CandidateView candidate, @JsonbProperty("vote_results") Counts voteResults,
            @JsonbProperty("yes_percent") double yesPercent, @JsonbProperty("no_percent") double noPercent,
            @JsonbProperty("neutral_percent") double neutralPercent, boolean passed) {
    }

    record DisplayData(@JsonbProperty("event_name") String eventName, @JsonbProperty("event_status") String eventStatus,
            CandidateView candidate, Integer index, int total, TimerView timer,
            @JsonbProperty("related_candidates") List<CandidateView> relatedCandidates,
            @JsonbProperty("group_results") List<Standing> groupResults,
            @JsonbProperty("vote_results") Counts voteResults, @JsonbProperty("tally_hidden") boolean tallyHidden,
            @JsonbProperty("final_results") List<Standing> finalResults,
            @JsonbProperty("total_voters") long totalVoters) {
    }

    record DisplayUpdate(String type, DisplayData data) implements LiveFrame {
        public DisplayUpdate(DisplayData data) {
            this("display_update", data);
        }
    }
}
