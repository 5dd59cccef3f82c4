package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import uz.ovoz.voting.ballot.control.VoteFlusher;

/**
 * Dead when votes wait and the flusher has written nothing for {@code ovoz.health.flusher-stall-seconds}:
 * a restart is then the only way those voters get an answer.
 */
@Liveness
@ApplicationScoped
public class VoteFlusherLiveness implements HealthCheck {

    @Inject
    VoteFlusher flusher;

    @Inject
    @ConfigProperty(name = "ovoz.health.flusher-stall-seconds", defaultValue = "60")
    long stallSeconds;

    @Override
    public HealthCheckResponse call() {
        long idleMillis = System.currentTimeMillis() - flusher.lastProgressMillis();
        return HealthCheckResponse.named("vote-flusher")
                .withData("queued", flusher.depth())
                .withData("msSinceProgress", idleMillis)
                .status(idleMillis < stallSeconds * 1000)
                .build();
    }
}
