package uz.ovoz.voting.event.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import uz.ovoz.voting.ballot.control.Tally;

/**
 * One row of the results, with the old system's columns (No, Position, Candidate, Participants, Yes,
 * No, Neutral, Result) and the percentages.
 */
public record ResultRow(int number, String position, String candidate,
        @JsonbProperty("candidate_id") long candidateId, @JsonbProperty("group_no") Integer groupNo,
        long participants, long yes, long no, long neutral,
        @JsonbProperty("yes_percent") double yesPercent, @JsonbProperty("no_percent") double noPercent,
        @JsonbProperty("neutral_percent") double neutralPercent, boolean passed, String result) {

    static ResultRow of(Result result) {
        Tally.Counts counts = result.counts();
        return new ResultRow(result.number(), result.candidate().getWhichPosition(), result.candidate().getFullName(),
                result.candidate().getId(), result.groupNo(), counts.total(), counts.yes(), counts.no(),
                counts.neutral(), counts.percent(counts.yes()), counts.percent(counts.no()),
                counts.percent(counts.neutral()), counts.passed(), counts.passed() ? "passed" : "failed");
    }
}
