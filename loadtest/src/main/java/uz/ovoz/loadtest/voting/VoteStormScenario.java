package uz.ovoz.loadtest.voting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Report;
import uz.ovoz.loadtest.measure.Latencies;

/**
 * {@code vote-storm}: N voters vote for each candidate of an admin-driven sequence at a target rate,
 * a few phones vote twice; then the stored results must equal the confirmed votes exactly.
 */
public final class VoteStormScenario {

    private VoteStormScenario() {}

    public static Report run(Options options) {
        Report report = new Report("vote-storm");
        try (VotingRun run = new VotingRun(options)) {
            Sequence sequence = Sequence.drive(run, options, true, report);
            votes(sequence, options.decimal("max-refused-percent", 0), report);
            tallies(sequence.ballots, run.displays, report);
            verify(sequence.ballots, run.admin.results(run.eventId), report);
            report.put("closed_by_server", Map.copyOf(run.closes()));
        }
        return report;
    }

    private static void votes(Sequence sequence, double maxRefusedPercent, Report report) {
        Latencies acks = new Latencies();
        Latencies busyAnswers = new Latencies();
        long duplicatesBusy = 0;
        long confirmed = 0;
        long duplicates = 0;
        long duplicatesSent = 0;
        long refused = 0;
        long unanswered = 0;
        double seconds = 0;
        for (Ballot ballot : sequence.ballots) {
            acks.add(ballot.acks);
            busyAnswers.add(ballot.busyAnswers);
            duplicatesBusy += ballot.duplicatesBusy.sum();
            confirmed += ballot.confirmed.sum();
            duplicates += ballot.duplicates.sum();
            duplicatesSent += ballot.duplicatesSent.sum();
            refused += ballot.refused.sum();
            unanswered += ballot.sent.sum() + ballot.duplicatesSent.sum() - ballot.answers();
            seconds += ballot.seconds();
        }
        long sent = confirmed + duplicates + refused + unanswered;
        double refusedPercent = 100.0 * refused / Math.max(1, sent);
        report.put("votes_confirmed", confirmed)
                .put("votes_duplicate_answers", duplicates)
                .put("votes_duplicates_sent", duplicatesSent)
                .put("votes_refused", refused)
                .put("votes_refused_percent", refusedPercent)
                .put("votes_unanswered", unanswered)
                .put("storm_seconds", seconds)
                .put("confirmed_per_second", confirmed / Math.max(seconds, 1e-9))
                .put("ack", acks.summary())
                .put("busy_answer", busyAnswers.summary())
                .put("cpu_per_acked_vote", sequence.voteCpu.perOperation(confirmed))
                // under a flood most answers may be busy ones, which cost the server too
                .put("cpu_per_answered_vote", sequence.voteCpu.perOperation(confirmed + duplicates + refused));
        report.check("every vote answered", unanswered == 0, unanswered + " unanswered");
        // a flood beyond the admission budget is refused busy by design; at a rate the server carries, nothing is
        report.check(
                "refused busy within " + maxRefusedPercent + " %",
                refusedPercent <= maxRefusedPercent,
                refused + " refused (" + Math.round(refusedPercent * 10) / 10.0 + " %)");
        report.check(
                "second votes refused as duplicates",
                duplicates + duplicatesBusy == duplicatesSent,
                duplicates + " of " + duplicatesSent + " (" + duplicatesBusy + " answered busy first)");
    }

    private static void tallies(List<Ballot> ballots, List<Display> displays, Report report) {
        Latencies lag = new Latencies();
        int missing = 0;
        for (Ballot ballot : ballots) {
            long[] confirmations = ballot.sortedConfirmations();
            for (Display display : displays) {
                missing += TallyLag.measure(confirmations, display.updates(ballot.candidateId), lag);
            }
        }
        report.put("display_tally_after_commit", lag.summary()).put("display_tally_never_shown", missing);
        report.check(
                "every display showed every vote",
                displays.isEmpty() || missing == 0,
                missing + " (vote, display) pairs missing");
    }

    /** The results API counts the stored votes: per candidate and type they must equal the confirmed ones. */
    static void verify(List<Ballot> ballots, JsonNode results, Report report) {
        List<String> mismatches = new ArrayList<>();
        long stored = 0;
        for (Ballot ballot : ballots) {
            JsonNode row = row(results, ballot.candidateId);
            for (int t = 0; t < Voter.TYPES.length; t++) {
                long count = row == null ? 0 : row.path(Voter.TYPES[t]).asLong();
                stored += count;
                if (count != ballot.confirmedByType[t]) {
                    mismatches.add(ballot.candidateId + " " + Voter.TYPES[t] + ": stored " + count + ", confirmed "
                            + ballot.confirmedByType[t]);
                }
            }
        }
        report.put("votes_stored", stored);
        report.check(
                "stored votes equal confirmed votes",
                mismatches.isEmpty(),
                mismatches.isEmpty() ? stored + " stored, each confirmed once" : mismatches.toString());
    }

    private static JsonNode row(JsonNode results, long candidateId) {
        for (JsonNode row : results) {
            if (row.path("candidate_id").asLong() == candidateId) {
                return row;
            }
        }
        return null;
    }
}
