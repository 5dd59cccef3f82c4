package uz.ovoz.voting.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import uz.ovoz.platform.error.Rejected;

/**
 * Fetches one page of the HEMIS list under MicroProfile Fault Tolerance. Every value of the
 * annotations can be overridden through MP Config, e.g.
 * {@code uz.ovoz.voting.event.control.HemisPages/page/Retry/maxRetries} (docs/configuration.md lists them).
 * A refusal (4xx other than 429, {@code success: false}, an answer that is not JSON) aborts the
 * retries and does not count against the breaker: asking again would get the same answer.
 */
@ApplicationScoped
public class HemisPages {

    @Inject
    @ConfigProperty(name = "ovoz.hemis.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.page-size", defaultValue = "200")
    int pageSize;

    @Inject
    @ConfigProperty(name = "ovoz.hemis.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    private volatile HemisApi api;

    /** True when a list address is configured. */
    public boolean configured() {
        return url.filter(value -> !value.isBlank()).isPresent();
    }

    @Timeout(30_000)
    @Retry(
            maxRetries = 3,
            delay = 1000,
            jitter = 500,
            maxDuration = 120_000,
            abortOn = {Rejected.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 60_000,
            successThreshold = 1,
            skipOn = Rejected.class)
    public HemisPage page(int number) {
        String body;
        try {
            body = api().page(
                            number,
                            pageSize,
                            token.filter(value -> !value.isBlank())
                                    .map(value -> "Bearer " + value)
                                    .orElse(null));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 429 || status == 408) {
                throw new HemisUnavailable("HEMIS answered HTTP " + status + " for page " + number, e);
            }
            throw Rejected.conflict("HEMIS answered HTTP " + status + " for page " + number);
        } catch (ProcessingException e) {
            throw new HemisUnavailable("HEMIS could not be reached for page " + number + ": " + e.getMessage(), e);
        }
        return HemisPage.parse(body);
    }

    private HemisApi api() {
        HemisApi client = api;
        if (client == null) {
            String base = url.filter(value -> !value.isBlank())
                    .orElseThrow(() -> Rejected.conflict("HEMIS import is not configured: set ovoz.hemis.url"));
            client = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(base))
                    .connectTimeout(timeoutSeconds, TimeUnit.SECONDS)
                    .readTimeout(timeoutSeconds, TimeUnit.SECONDS)
                    .build(HemisApi.class);
            api = client;
        }
        return client;
    }
}
