package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uz.ovoz.platform.batch.Flusher;

/** Not ready while a write queue is at its bound: new voters or senders would only be told to retry. */
@Readiness
@ApplicationScoped
public class QueueReadiness implements HealthCheck {

    @Inject
    @Any
    Instance<Flusher<?, ?>> flushers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("write-queues").up();
        for (Flusher<?, ?> flusher : flushers) {
            String name = HealthNames.of(flusher);
            int depth = flusher.depth();
            response.withData(name, depth).withData(name + "Limit", flusher.limit());
            if (depth >= flusher.limit()) {
                response.down();
            }
        }
        return response.build();
    }
}
