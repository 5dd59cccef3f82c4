package uz.ovoz.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every numeric tunable with its range, and the rules between them. Defaults are in
 * {@code microprofile-config.properties}; docs/configuration.md documents every key.
 */
public final class Tunables {

    static final long MILLION = 1_000_000;

    static final List<Tunable> ALL = List.of(
            new Tunable("ovoz.db.pool.min", 0, 1000),
            new Tunable("ovoz.db.pool.max", 1, 1000),
            new Tunable("ovoz.db.connection-wait-ms", 1, 600_000),
            new Tunable("ovoz.db.pool.idle-timeout-seconds", 1, 86_400),
            new Tunable("ovoz.db.outage-retry-ms", 1, 600_000),
            new Tunable("ovoz.votes.batch-size", 1, 10_000),
            new Tunable("ovoz.votes.flush-interval-ms", 1, 10_000),
            new Tunable("ovoz.votes.queue-limit", 1, 10 * MILLION),
            // 0 admits every vote the queue limit allows
            new Tunable("ovoz.votes.admission-wait-ms", 0, 600_000),
            new Tunable("ovoz.tally.interval", 10, 60_000),
            new Tunable("ovoz.tally.voter-interval", 10, 600_000),
            new Tunable("ovoz.tally.voter-duty-percent", 1, 100),
            new Tunable("ovoz.live.max-connections", 1, MILLION),
            new Tunable("ovoz.live.max-connections-per-event", 1, MILLION),
            new Tunable("ovoz.live.outbox-limit", 1, 100_000),
            new Tunable("ovoz.live.outbox-limit-kb", 1, 1_048_576),
            new Tunable("ovoz.live.write-stall-seconds", 1, 3600),
            new Tunable("ovoz.live.ping-seconds", 1, 3600),
            new Tunable("ovoz.live.idle-seconds", 1, 86_400),
            new Tunable("ovoz.live.refusal-close-wait-ms", 1, 600_000),
            new Tunable("ovoz.live.broadcast-threads", 1, 64),
            new Tunable("ovoz.live.max-frame-length", 64, MILLION),
            new Tunable("ovoz.live.warm-up-rounds", 0, MILLION),
            new Tunable("ovoz.hemis.page-size", 1, 10_000),
            new Tunable("ovoz.hemis.timeout-seconds", 1, 600),
            new Tunable("ovoz.chat.token-ttl-minutes", 1, 525_600),
            // The messages column holds 4,000 characters
            new Tunable("ovoz.chat.max-length", 1, 4000),
            new Tunable("ovoz.chat.batch-size", 1, 10_000),
            new Tunable("ovoz.chat.flush-interval-ms", 1, 10_000),
            new Tunable("ovoz.chat.queue-limit", 1, 10 * MILLION),
            new Tunable("ovoz.chat.admission-wait-ms", 0, 600_000),
            new Tunable("ovoz.chat.rate-per-second", 1, 100_000),
            new Tunable("ovoz.chat.rate-burst", 1, 100_000),
            new Tunable("ovoz.live.frames-per-second", 1, 10_000),
            new Tunable("ovoz.live.frames-burst", 1, 10_000),
            new Tunable("ovoz.health.flusher-stall-seconds", 1, 3600),
            new Tunable("ovoz.admin.session-timeout-minutes", 1, 1440),
            new Tunable("ovoz.admin.verified-password-seconds", 0, 86_400),
            new Tunable("ovoz.admin.photo-max-kb", 1, 20_480),
            // Admin passwords are stored up to 128 characters (Admins.MAX_PASSWORD)
            new Tunable("ovoz.admin.password-min-length", 1, 128),
            new Tunable("ovoz.security.login.free-failures", 0, 1000),
            new Tunable("ovoz.security.login.address-free-failures", 0, MILLION),
            new Tunable("ovoz.security.login.backoff-initial-ms", 1, 3_600_000),
            new Tunable("ovoz.security.login.backoff-max-ms", 1, 86_400_000),
            new Tunable("ovoz.security.login.address-forgive-ms", 1, 86_400_000),
            // The batch endpoints refused more than 1,000 users before the setting existed
            new Tunable("ovoz.chat.auth-batch-max", 1, 1000),
            new Tunable("ovoz.chat.auth-batches-per-minute", 1, MILLION),
            new Tunable("ovoz.chat.auth-batch-burst", 1, MILLION),
            // Passwords are stored up to 128 characters (ChatAccounts.MAX_PASSWORD)
            new Tunable("ovoz.chat.password-min-length", 1, 128),
            new Tunable("ovoz.live.max-connections-per-address", 1, MILLION),
            new Tunable("ovoz.live.max-displays-per-event", 1, MILLION),
            new Tunable("ovoz.chat.max-connections", 1, MILLION),
            new Tunable("ovoz.chat.max-connections-per-user", 1, MILLION),
            new Tunable("ovoz.chat.membership-cache-rooms", 1, 10 * MILLION));

    private Tunables() {}

    /**
     * Reads every tunable through {@code source} (key to configured value) and returns the values;
     * the first problem found is thrown with the key's name.
     */
    public static Map<String, Long> check(Function<String, Optional<String>> source) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Tunable tunable : ALL) {
            values.put(tunable.key(), tunable.read(source.apply(tunable.key())));
        }
        List<String> problems = new ArrayList<>();
        atLeast(values, "ovoz.db.pool.max", "ovoz.db.pool.min", problems);
        atLeast(values, "ovoz.tally.voter-interval", "ovoz.tally.interval", problems);
        atLeast(values, "ovoz.live.max-connections", "ovoz.live.max-connections-per-event", problems);
        // a peer must have had a ping to answer before it is closed for not answering
        atLeast(values, "ovoz.live.idle-seconds", "ovoz.live.ping-seconds", problems);
        atLeast(values, "ovoz.security.login.backoff-max-ms", "ovoz.security.login.backoff-initial-ms", problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfiguration(String.join("; ", problems));
        }
        return values;
    }

    private static void atLeast(Map<String, Long> values, String larger, String smaller, List<String> problems) {
        if (values.get(larger) < values.get(smaller)) {
            problems.add(larger + " (" + values.get(larger) + ") must be at least " + smaller + " ("
                    + values.get(smaller) + ")");
        }
    }
}
