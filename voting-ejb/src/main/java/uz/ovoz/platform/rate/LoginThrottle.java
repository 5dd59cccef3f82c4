package uz.ovoz.platform.rate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Slows down password guessing, for admins and chat users alike. Failed logins are counted per
 * account and per client address ({@link FailureThrottle}); while either must wait, a login is
 * refused before any password hash is computed, so guessing costs the server nothing either. The
 * per-address rule allows many more failures than the per-account one (a campus behind one address
 * mistypes too) and forgives them with time; a success resets the account only, or owning one account
 * would reset the address. Batch sign-up and login, which hash up to a batch of passwords per call,
 * are limited per address by a token bucket. Counts are per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    // Made-up account names and addresses tracked at most: a few megabytes
    private static final int MAX_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "ovoz.security.login.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "ovoz.security.login.address-free-failures", defaultValue = "50")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "ovoz.security.login.backoff-initial-ms", defaultValue = "1000")
    long backoffInitialMs;

    @Inject
    @ConfigProperty(name = "ovoz.security.login.backoff-max-ms", defaultValue = "300000")
    long backoffMaxMs;

    @Inject
    @ConfigProperty(name = "ovoz.security.login.address-forgive-ms", defaultValue = "1000")
    long addressForgiveMs;

    @Inject
    @ConfigProperty(name = "ovoz.chat.auth-batches-per-minute", defaultValue = "10")
    int batchesPerMinute;

    @Inject
    @ConfigProperty(name = "ovoz.chat.auth-batch-burst", defaultValue = "5")
    int batchBurst;

    @Inject
    OvozMetrics metrics;

    private FailureThrottle accounts;
    private FailureThrottle addresses;
    private final Map<String, TokenBucket> batches = new ConcurrentHashMap<>();

    @PostConstruct
    void create() {
        Duration initial = Duration.ofMillis(backoffInitialMs);
        Duration max = Duration.ofMillis(backoffMaxMs);
        // an account is forgiven only by a success, or after a quiet spell as long as the longest wait
        accounts = new FailureThrottle(freeFailures, initial, max, max, MAX_KEYS, System::nanoTime);
        addresses = new FailureThrottle(
                addressFreeFailures, initial, max, Duration.ofMillis(addressForgiveMs), MAX_KEYS, System::nanoTime);
    }

    /** How long this account or this address must still wait before another login, if at all. */
    public Optional<Duration> waitFor(String realm, String account, String address) {
        Optional<Duration> byAccount = accounts.waitFor(accountKey(realm, account));
        Optional<Duration> byAddress = addresses.waitFor(address);
        if (byAccount.isPresent() || byAddress.isPresent()) {
            metrics.count(
                    "ovoz_login_refusals", "realm", realm, "reason", byAccount.isPresent() ? "account" : "address");
        }
        return byAccount.isPresent() && byAddress.isPresent()
                ? Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get())
                : byAccount.or(() -> byAddress);
    }

    /** @throws Rejected 429 with the wait while this account or this address must wait */
    public void check(String realm, String account, String address) {
        waitFor(realm, account, address).ifPresent(wait -> {
            throw tooMany(wait);
        });
    }

    public void failed(String realm, String account, String address) {
        metrics.count("ovoz_login_failures", "realm", realm);
        accounts.failed(accountKey(realm, account));
        addresses.failed(address);
    }

    public void succeeded(String realm, String account) {
        accounts.succeeded(accountKey(realm, account));
    }

    /** @throws Rejected 429 when this address has used up its batch calls for now */
    public void batch(String address) {
        if (batches.size() > MAX_KEYS) {
            // only a flood from that many addresses gets here; per-address limits cannot stop it anyway
            batches.clear();
        }
        TokenBucket bucket = batches.computeIfAbsent(
                address, key -> TokenBucket.perMinute(batchesPerMinute, batchBurst, System::nanoTime));
        if (!bucket.tryTake()) {
            metrics.count("ovoz_login_refusals", "realm", "chat", "reason", "batch");
            throw Rejected.tooManyRequests(
                    "Too many batch calls from this address; try again in " + bucket.secondsToNext() + " s",
                    bucket.secondsToNext());
        }
    }

    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static Rejected tooMany(Duration wait) {
        return Rejected.tooManyRequests("Too many failed logins; try again in " + seconds(wait) + " s", seconds(wait));
    }

    private static String accountKey(String realm, String account) {
        return realm + ":" + (account == null ? "" : account.strip());
    }
}
