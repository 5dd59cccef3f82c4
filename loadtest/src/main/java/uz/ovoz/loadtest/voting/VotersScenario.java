package uz.ovoz.loadtest.voting;

import java.util.Map;
import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Progress;
import uz.ovoz.loadtest.Report;
import uz.ovoz.loadtest.ws.Connector;

/**
 * {@code voters}: connect N voters (and D displays) to one event, hold them for a while, and report
 * the connect rate, failures, how many stayed connected and the server's memory per connection.
 */
public final class VotersScenario {

    private VotersScenario() {}

    public static Report run(Options options) {
        Report report = new Report("voters");
        double hold = options.decimal("hold", 30);
        try (VotingRun run = new VotingRun(options)) {
            run.createEvent(1);
            double before = run.memory.residentMb();
            run.connect(report);
            try (Progress progress =
                    new Progress("hold", () -> "open " + run.openVoters() + ", closed by server " + run.closes())) {
                Connector.await(() -> false, hold);
            }
            double after = run.memory.residentMb();
            long open = run.openVoters();
            report.put("hold_seconds", hold)
                    .put("voters_open_after_hold", open)
                    .put(
                            "displays_open_after_hold",
                            run.displays.stream()
                                    .filter(display -> !display.closed)
                                    .count())
                    .put("server_rss_before_mb", before)
                    .put("server_rss_after_mb", after)
                    .put("server_kb_per_connection", (after - before) * 1024 / Math.max(1, open + run.displays.size()))
                    .put("closed_by_server", Map.copyOf(run.closes()));
            report.check(
                    "all voters held",
                    open == run.voters.size(),
                    open + " of " + run.voters.size() + " open after " + hold + " s");
        }
        return report;
    }
}
