package uz.ovoz.loadtest;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import uz.ovoz.loadtest.chat.ChatStormScenario;
import uz.ovoz.loadtest.voting.FanoutScenario;
import uz.ovoz.loadtest.voting.VoteStormScenario;
import uz.ovoz.loadtest.voting.VotersScenario;

/**
 * The load tool's command line: {@code SCENARIO [--option value ...]}. Prints progress while it runs,
 * a summary table at the end and, with {@code --json FILE}, the same figures as JSON. Exits 1 when a
 * correctness check failed. See {@code docs/performance.md} for the scenarios and their options.
 */
public final class LoadTest {

    static final Map<String, Function<Options, Report>> SCENARIOS = Map.of(
            "voters", VotersScenario::run,
            "vote-storm", VoteStormScenario::run,
            "fanout", FanoutScenario::run,
            "chat-storm", ChatStormScenario::run);

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LoadTest " + SCENARIOS.keySet() + " [--url http://127.0.0.1:8080] "
                    + "[--password admin] [--json FILE] [scenario options]");
            System.exit(2);
            return;
        }
        Function<Options, Report> scenario = SCENARIOS.get(options.command());
        if (scenario == null) {
            System.err.println("Unknown scenario " + options.command() + "; one of " + SCENARIOS.keySet());
            System.exit(2);
        }
        String json = options.string("json", "");
        System.out.println(
                "[loadtest] " + options.command() + " against " + options.url() + ", load " + Machine.loadAverage());
        Report report = scenario.apply(options);
        report.print();
        if (!options.unused().isEmpty()) {
            System.out.println("Options given but not used: " + options.unused());
        }
        if (!json.isEmpty()) {
            report.write(Path.of(json), options.used());
            System.out.println("JSON written to " + json);
        }
        System.exit(report.passed() ? 0 : 1);
    }
}
