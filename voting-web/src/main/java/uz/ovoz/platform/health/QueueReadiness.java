package uz.ovoz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uz.ovoz.chat.control.MessageFlusher;
import uz.ovoz.voting.ballot.control.VoteFlusher;

/** Not ready while a write queue is at its bound: new voters or senders would only be told to retry. */
@Readiness
@ApplicationScoped
public class QueueReadiness implements HealthCheck {

    @Inject
    VoteFlusher votes;

    @Inject
    MessageFlusher messages;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("write-queues")
                .withData("votes", votes.depth())
                .withData("votesLimit", votes.limit())
                .withData("messages", messages.depth())
                .withData("messagesLimit", messages.limit())
                .status(votes.depth() < votes.limit() && messages.depth() < messages.limit())
                .build();
    }
}
