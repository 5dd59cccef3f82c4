package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import uz.ovoz.platform.batch.Flusher;

/**
 * Dead when votes or chat messages wait and their flusher has stored nothing for
 * {@code ovoz.health.flusher-stall-seconds}: a restart is then the only way those people get an answer.
 */
@Liveness
@ApplicationScoped
public class FlusherLiveness implements HealthCheck {

    @Inject
    @Any
    Instance<Flusher<?, ?>> flushers;

    @Inject
    @ConfigProperty(name = "ovoz.health.flusher-stall-seconds", defaultValue = "60")
    long stallSeconds;

    @Override
    public HealthCheckResponse call() {
        long now = System.currentTimeMillis();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("flushers").up();
        for (Flusher<?, ?> flusher : flushers) {
            long idle = now - flusher.lastProgressMillis();
            String name = HealthNames.of(flusher);
            response.withData(name + "Queued", flusher.depth()).withData(name + "MsSinceProgress", idle);
            if (idle >= stallSeconds * 1000) {
                response.down();
            }
        }
        return response.build();
    }
}
