package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uz.ovoz.voting.ballot.control.VoteFlusher;

/** Not ready while the vote queue is at its bound: new voters would only be told to vote again. */
@Readiness
@ApplicationScoped
public class VoteQueueReadiness implements HealthCheck {

    @Inject
    VoteFlusher flusher;

    @Override
    public HealthCheckResponse call() {
        int depth = flusher.depth();
        return HealthCheckResponse.named("vote-queue")
                .withData("depth", depth)
                .withData("limit", flusher.limit())
                .status(depth < flusher.limit())
                .build();
    }
}
