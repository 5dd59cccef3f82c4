package uz.ovoz.platform.rate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Exponential backoff after failed attempts, per key (an account, an address). The first
 * {@code freeFailures} cost nothing; each failure after them makes the key wait, {@code initial}
 * the first time and twice as long each time after, up to {@code max}. A success forgets the key;
 * without one, a failure is forgiven every {@code forgiveEvery} of quiet, so that many people behind
 * one address who mistype now and then never add up to a wait. Attempts during a wait are not
 * counted: the caller refuses them without checking anything.
 *
 * <p>At most {@code maxKeys} keys are tracked, so that a flood of made-up names cannot fill the memory:
 * beyond that, keys without a wait are dropped first, and a new key is not tracked until there is room.
 */
public final class FailureThrottle {

    private final int freeFailures;
    private final long initialNanos;
    private final long maxNanos;
    private final long forgiveNanos;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Failures> keys = new ConcurrentHashMap<>();

    public FailureThrottle(
            int freeFailures,
            Duration initial,
            Duration max,
            Duration forgiveEvery,
            int maxKeys,
            LongSupplier nanoClock) {
        if (freeFailures < 0
                || initial.isNegative()
                || max.compareTo(initial) < 0
                || forgiveEvery.isZero()
                || forgiveEvery.isNegative()
                || maxKeys < 1) {
            throw new IllegalArgumentException("inconsistent backoff");
        }
        this.freeFailures = freeFailures;
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.forgiveNanos = forgiveEvery.toNanos();
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /** How long the key must still wait, or empty when it may try now. */
    public Optional<Duration> waitFor(String key) {
        Failures failures = keys.get(key);
        if (failures == null) {
            return Optional.empty();
        }
        long left = failures.lockedUntil - nanoClock.getAsLong();
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }

    /** Counts a failure; returns the wait it starts, if any. */
    public Optional<Duration> failed(String key) {
        long now = nanoClock.getAsLong();
        if (!keys.containsKey(key) && keys.size() >= maxKeys) {
            keys.values().removeIf(failures -> failures.lockedUntil - now <= 0);
            if (keys.size() >= maxKeys) {
                return Optional.empty();
            }
        }
        Failures failures = keys.compute(key, (name, before) -> next(before, now));
        long left = failures.lockedUntil - now;
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }

    public void succeeded(String key) {
        keys.remove(key);
    }

    int tracked() {
        return keys.size();
    }

    private Failures next(Failures before, long now) {
        long count = 1;
        if (before != null) {
            long forgiven = (now - before.lastFailure) / forgiveNanos;
            count = Math.max(0, before.count - forgiven) + 1;
        }
        long over = count - freeFailures;
        long wait = over <= 0 ? 0 : backoff(over);
        return new Failures(count, now, now + wait);
    }

    /** {@code initial × 2^(over-1)}, capped. */
    private long backoff(long over) {
        long wait = initialNanos;
        for (long i = 1; i < over && wait < maxNanos; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxNanos);
    }

    private record Failures(long count, long lastFailure, long lockedUntil) {}
}
