package uz.ovoz.voting.ballot.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.batch.Flusher;
import uz.ovoz.platform.batch.Intake;

/**
 * Queues votes and writes them in batches on a non-persistent timer: one transaction per batch
 * (group commit) instead of one per vote on a request thread. A vote's future completes only after
 * its batch committed, so a voter is told "confirmed" only for a durable vote. On shutdown the queue
 * is drained before the application stops.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoteFlusher extends Flusher<VoteRequest, VoteOutcome> {

    static final String BUSY = "The server is busy; please vote again";

    @Inject
    @ConfigProperty(name = "ovoz.votes.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "ovoz.votes.flush-interval-ms", defaultValue = "20")
    long flushIntervalMs;

    @Inject
    @ConfigProperty(name = "ovoz.votes.queue-limit", defaultValue = "50000")
    int queueLimit;

    // Generous: a loaded test machine must never refuse; a deployment that wants fast answers under
    // a flood sets its budget (docs/performance.md)
    @Inject
    @ConfigProperty(name = "ovoz.votes.admission-wait-ms", defaultValue = "10000")
    long admissionWaitMs;

    @Inject
    @ConfigProperty(name = "ovoz.db.outage-retry-ms", defaultValue = "1000")
    long outageRetryMs;

    @EJB
    VoteWriter writer;

    @EJB
    TallyBoard tallies;

    @Inject
    Event<VotesCommitted> committed;

    public VoteFlusher() {
        super(
                "vote",
                "votes",
                "votes",
                VoteFlusher::busy,
                request -> new VoteOutcome.Failed(request, "The vote could not be stored; please vote again"));
    }

    /**
     * Queues a vote; the future completes after the commit, or at once (busy) if the queue is full or
     * its oldest vote has waited longer than the admission budget.
     */
    public CompletableFuture<VoteOutcome> submit(VoteRequest request) {
        return enqueue(request);
    }

    /** {@link #submit} without the container, for a caller to hold. */
    public Intake<VoteRequest, VoteOutcome> intake() {
        return this::submit;
    }

    @Override
    protected Limits limits() {
        return new Limits(batchSize, flushIntervalMs, queueLimit, outageRetryMs, admissionWaitMs);
    }

    @Override
    protected Runnable write(List<Pending<VoteRequest, VoteOutcome>> batch) {
        long start = System.nanoTime();
        List<VoteOutcome> outcomes = tallies.committing(() -> commitAndCount(batch));
        long committedAt = System.nanoTime();
        metrics.time("ovoz_vote_flush", Duration.ofNanos(committedAt - start));
        metrics.record("ovoz_vote_batch_size", batch.size());
        return () -> answer(batch, outcomes, committedAt);
    }

    private void answer(List<Pending<VoteRequest, VoteOutcome>> batch, List<VoteOutcome> outcomes, long committedAt) {
        Map<Long, Set<Long>> moved = new HashMap<>();
        for (VoteOutcome outcome : outcomes) {
            if (outcome instanceof VoteOutcome.Stored stored) {
                Set<Long> candidates = moved.computeIfAbsent(stored.request().eventId(), id -> new HashSet<>());
                candidates.add(stored.request().candidateId());
                candidates.addAll(stored.automatic());
            }
        }
        if (!moved.isEmpty()) {
            committed.fire(new VotesCommitted(moved));
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcomes.get(i));
            metrics.count("ovoz_votes", "outcome", outcome(outcomes.get(i)));
        }
        metrics.time("ovoz_vote_commit_to_ack", Duration.ofNanos(System.nanoTime() - committedAt));
    }

    private static String outcome(VoteOutcome outcome) {
        if (outcome instanceof VoteOutcome.Stored) {
            return "accepted";
        }
        if (outcome instanceof VoteOutcome.Duplicate) {
            return "duplicate";
        }
        return outcome instanceof VoteOutcome.Refused ? "refused" : "failed";
    }

    private List<VoteOutcome> commitAndCount(List<Pending<VoteRequest, VoteOutcome>> batch) {
        return storeOrRefuse(batch.stream().map(Pending::item).toList());
    }

    @Override
    protected List<VoteOutcome> store(List<VoteRequest> requests) {
        List<VoteOutcome> outcomes = writer.write(requests);
        outcomes.forEach(this::count);
        return outcomes;
    }

    private static VoteOutcome busy(VoteRequest request) {
        return new VoteOutcome.Failed(request, BUSY);
    }

    private void count(VoteOutcome outcome) {
        if (outcome instanceof VoteOutcome.Stored stored) {
            VoteRequest request = stored.request();
            tallies.add(request.eventId(), request.candidateId(), request.voteType());
            for (Long peer : stored.automatic()) {
                tallies.add(request.eventId(), peer, request.automaticTypeForPeers());
            }
        }
    }
}
