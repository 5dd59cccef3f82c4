package uz.ovoz.voting.ballot.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import uz.ovoz.voting.ballot.boundary.Result;
import uz.ovoz.voting.ballot.control.Tally;

/**
 * One row of the results, with the old system's columns (No, Position, Candidate, Participants, Yes,
 * No, Neutral, Result) and the percentages.
 */
// nillable = true: a renamed property is otherwise left out when null
@SuppressWarnings("deprecation")
public record ResultRow(
        int number,
        String position,
        String candidate,

        @JsonbProperty(value = "candidate_id", nillable = true)
        long candidateId,

        @JsonbProperty(value = "group_no", nillable = true) Integer groupNo,
        long participants,
        long yes,
        long no,
        long neutral,

        @JsonbProperty(value = "yes_percent", nillable = true)
        double yesPercent,

        @JsonbProperty(value = "no_percent", nillable = true)
        double noPercent,

        @JsonbProperty(value = "neutral_percent", nillable = true)
        double neutralPercent,

        boolean passed,
        String result) {

    /** The rows of an event's results, in their order. */
    public static List<ResultRow> all(List<Result> results) {
        return results.stream().map(ResultRow::of).toList();
    }

    private static ResultRow of(Result result) {
        Tally.Counts counts = result.counts();
        return new ResultRow(
                result.number(),
                result.candidate().getWhichPosition(),
                result.candidate().getFullName(),
                result.candidate().getId(),
                result.groupNo(),
                counts.total(),
                counts.yes(),
                counts.no(),
                counts.neutral(),
                counts.percent(counts.yes()),
                counts.percent(counts.no()),
                counts.percent(counts.neutral()),
                counts.passed(),
                counts.passed() ? "passed" : "failed");
    }
}
