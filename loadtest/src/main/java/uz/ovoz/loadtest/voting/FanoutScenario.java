package uz.ovoz.loadtest.voting;

import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Report;

/**
 * {@code fanout}: N voters connected, the admin moves through the candidates (next, start timer);
 * reports how long each call takes to reach the last voter.
 */
public final class FanoutScenario {

    private FanoutScenario() {}

    public static Report run(Options options) {
        Report report = new Report("fanout");
        try (VotingRun run = new VotingRun(options)) {
            Sequence sequence = Sequence.drive(run, options, false, report);
            double worst = sequence.timerLast.stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(Double.NaN);
            report.check(
                    "start timer reached every voter",
                    sequence.timerFanout.count() == (long) run.openVoters() * run.candidateIds.length,
                    sequence.timerFanout.count() + " arrivals, slowest " + Math.round(worst) + " ms");
        }
        return report;
    }
}
