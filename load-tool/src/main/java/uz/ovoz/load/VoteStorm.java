package uz.ovoz.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A vote storm: N phones connect to one event and vote at the same instant. Prints connection time,
 * confirmations, throughput from the first vote sent to the last confirmation, and latency
 * percentiles; then checks the stored count through the results API.
 *
 * <pre>
 * ./mvnw -q -pl load-tool exec:java -Dexec.args="--voters 2000 --password SECRET"
 * </pre>
 * Options: --base (http://127.0.0.1:8080), --user (admin), --password, --voters (1000),
 * --timeout-seconds (120). Loopback targets only.
 */
public final class VoteStorm {

    private VoteStorm() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.getOrDefault("base", "http://127.0.0.1:8080");
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("Load runs target loopback only, not " + base);
        }
        int voters = Integer.parseInt(options.getOrDefault("voters", "1000"));
        long timeout = Long.parseLong(options.getOrDefault("timeout-seconds", "120"));
        Admin admin = new Admin(base, options.getOrDefault("user", "admin"), options.getOrDefault("password", ""));

        long run = System.currentTimeMillis();
        long candidate = Admin.id(admin.post("/candidates", "{\"full_name\":\"Load candidate " + run + "\"}"));
        String event = admin.post("/events", "{\"name\":\"Vote storm " + run + "\",\"duration_sec\":600}");
        long eventId = Admin.id(event);
        admin.post("/events/" + eventId + "/candidates", "{\"candidate_id\":" + candidate + "}");
        admin.post("/events/" + eventId + "/start", "{}");
        admin.post("/events/" + eventId + "/timer", "{}");

        URI uri = URI.create(base.replaceFirst("^http", "ws") + "/ws/vote/" + Admin.link(event));
        HttpClient http = HttpClient.newHttpClient();
        List<Voter> phones = new ArrayList<>(voters);
        long connectStart = System.nanoTime();
        for (int i = 0; i < voters; i++) {
            Voter voter = new Voter("storm-" + run + "-" + i);
            phones.add(voter);
            voter.connect(http, uri);
            if (i % 200 == 199) {
                // keep the handshake backlog bounded
                CompletableFuture.allOf(phones.subList(i - 199, i + 1).stream().map(v -> v.ready)
                        .toArray(CompletableFuture[]::new)).get(timeout, TimeUnit.SECONDS);
            }
        }
        CompletableFuture.allOf(phones.stream().map(v -> v.ready).toArray(CompletableFuture[]::new))
                .get(timeout, TimeUnit.SECONDS);
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;

        long voteStart = System.nanoTime();
        phones.forEach(Voter::vote);
        CompletableFuture.allOf(phones.stream().map(v -> v.answer).toArray(CompletableFuture[]::new))
                .get(timeout, TimeUnit.SECONDS);
        long lastAnswer = phones.stream().mapToLong(v -> v.answeredNanos).max().orElse(voteStart);
        double voteSeconds = (lastAnswer - voteStart) / 1e9;

        Map<String, Long> answers = phones.stream().map(v -> v.answer.join())
                .collect(Collectors.groupingBy(a -> a.length() > 60 ? a.substring(0, 60) : a, Collectors.counting()));
        long[] latencies = phones.stream().mapToLong(v -> (v.answeredNanos - v.sentNanos) / 1_000_000).sorted().toArray();
        String results = admin.get("/events/" + eventId + "/results");
        phones.forEach(Voter::close);
        admin.post("/events/" + eventId + "/stop", "{}");

        System.out.printf("voters             %d%n", voters);
        System.out.printf("connect            %.1f s (%.0f handshakes/s)%n", connectSeconds, voters / connectSeconds);
        System.out.printf("answers            %s%n", answers);
        System.out.printf("storm              %.2f s from first vote sent to last confirmation%n", voteSeconds);
        System.out.printf("throughput         %.0f confirmed votes/s%n", answers.getOrDefault("confirmed", 0L) / voteSeconds);
        System.out.printf("latency ms         p50 %d  p95 %d  p99 %d  max %d%n", percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), latencies[latencies.length - 1]);
        System.out.printf("stored (results)   %s%n", results.replaceAll(".*\"participants\":(\\d+).*", "$1"));
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Options come in pairs: --name value; got " + Arrays.toString(args));
        }
        return java.util.stream.IntStream.range(0, args.length / 2).boxed().collect(Collectors.toMap(
                i -> args[2 * i].replaceFirst("^--", ""), i -> args[2 * i + 1], (a, b) -> b, java.util.HashMap::new));
    }
}
