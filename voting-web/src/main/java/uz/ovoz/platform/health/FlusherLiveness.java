package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import uz.ovoz.chat.control.MessageFlusher;
import uz.ovoz.voting.ballot.control.VoteFlusher;

/**
 * Dead when votes or chat messages wait and their flusher has stored nothing for
 * {@code ovoz.health.flusher-stall-seconds}: a restart is then the only way those people get an answer.
 */
@Liveness
@ApplicationScoped
public class FlusherLiveness implements HealthCheck {

    @Inject
    VoteFlusher votes;

    @Inject
    MessageFlusher messages;

    @Inject
    @ConfigProperty(name = "ovoz.health.flusher-stall-seconds", defaultValue = "60")
    long stallSeconds;

    @Override
    public HealthCheckResponse call() {
        long now = System.currentTimeMillis();
        long votesIdle = now - votes.lastProgressMillis();
        long messagesIdle = now - messages.lastProgressMillis();
        return HealthCheckResponse.named("flushers")
                .withData("votesQueued", votes.depth())
                .withData("votesMsSinceProgress", votesIdle)
                .withData("messagesQueued", messages.depth())
                .withData("messagesMsSinceProgress", messagesIdle)
                .status(votesIdle < stallSeconds * 1000 && messagesIdle < stallSeconds * 1000)
                .build();
    }
}
