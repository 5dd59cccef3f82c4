package uz.ovoz.platform.rate;

import java.util.function.LongSupplier;

/**
 * A token bucket per connection: {@code ratePerSecond} frames a second on average, bursts of up to
 * {@code burst}. A socket delivers its frames one at a time, but the bucket is synchronized anyway
 * so that it stays right whoever calls it.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final double ratePerSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;

    public TokenBucket(int ratePerSecond, int burst) {
        this(ratePerSecond, burst, System::nanoTime);
    }

    /** For rare calls: {@code perMinute} a minute on average, bursts of up to {@code burst}. */
    public static TokenBucket perMinute(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        return new TokenBucket(perMinute / 60.0, burst, nanoClock);
    }

    TokenBucket(int ratePerSecond, int burst, LongSupplier nanoClock) {
        this((double) ratePerSecond, burst, nanoClock);
    }

    private TokenBucket(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.refilledAt = nanoClock.getAsLong();
    }

    /** Takes one token if there is one: true means the frame may be handled. */
    public synchronized boolean tryTake() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) / NANOS_PER_SECOND * ratePerSecond);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Whole seconds until the next token, at least 1: what a refused caller is told to wait. */
    public synchronized long secondsToNext() {
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / ratePerSecond));
    }
}
