package uz.ovoz.chat.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.batch.Flusher;
import uz.ovoz.platform.batch.Intake;

/**
 * Queues chat messages and stores them in batches on a non-persistent timer, one transaction per
 * batch. Only after the commit do members get the message (in id order, the order of the room's
 * history) and the sender its ack; a message that cannot be stored gets an error, never a silent
 * drop. On shutdown the queue is drained before the application stops.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageFlusher extends Flusher<ChatSend, ChatStored> {

    static final String BUSY = "The server is busy; send the message again";

    @Inject
    @ConfigProperty(name = "ovoz.chat.batch-size", defaultValue = "500")
    int batchSize;

    // Five times the vote flush: a member gets a batch's messages for it in one socket write, and
    // writes, not the database, are what a busy chat costs (docs/performance.md)
    @Inject
    @ConfigProperty(name = "ovoz.chat.flush-interval-ms", defaultValue = "100")
    long flushIntervalMs;

    @Inject
    @ConfigProperty(name = "ovoz.chat.queue-limit", defaultValue = "50000")
    int queueLimit;

    // Generous: a loaded test machine must never refuse; a deployment that wants fast delivery under
    // a flood sets its budget (docs/performance.md)
    @Inject
    @ConfigProperty(name = "ovoz.chat.admission-wait-ms", defaultValue = "10000")
    long admissionWaitMs;

    @Inject
    @ConfigProperty(name = "ovoz.db.outage-retry-ms", defaultValue = "1000")
    long outageRetryMs;

    @EJB
    MessageWriter writer;

    @EJB
    ChatSessions sessions;

    @EJB
    ChatRelay relay;

    public MessageFlusher() {
        super(
                "chat",
                "chat messages",
                "chat",
                MessageFlusher::busy,
                send -> new ChatStored(send, null, false, "The message could not be stored; send it again"));
    }

    /**
     * Queues a message; its answer goes to the sender after its batch commits (or failed), or at once
     * when the queue is full or its oldest message has waited longer than the admission budget. The
     * future completes once the answer has been handed to the socket.
     */
    public CompletableFuture<ChatStored> submit(ChatSend send) {
        CompletableFuture<ChatStored> stored = enqueue(send);
        if (stored.isDone()) {
            send.reply().to().send(stored.join().answer());
        } else {
            metrics.count("ovoz_chat_messages", "stage", "accepted");
        }
        return stored;
    }

    /** {@link #submit} without the container, for a caller to hold. */
    public Intake<ChatSend, ChatStored> intake() {
        return this::submit;
    }

    @Override
    protected Limits limits() {
        return new Limits(batchSize, flushIntervalMs, queueLimit, outageRetryMs, admissionWaitMs);
    }

    @Override
    protected Runnable write(List<Pending<ChatSend, ChatStored>> batch) {
        long start = System.nanoTime();
        List<ChatStored> results =
                storeOrRefuse(batch.stream().map(Pending::item).toList());
        metrics.time("ovoz_chat_flush", Duration.ofNanos(System.nanoTime() - start));
        metrics.record("ovoz_chat_batch_size", batch.size());
        return () -> deliver(batch, results);
    }

    private void deliver(List<Pending<ChatSend, ChatStored>> batch, List<ChatStored> results) {
        List<ChatFrame.Message> fresh = results.stream()
                .filter(ChatStored::fresh)
                .map(ChatStored::message)
                .sorted(Comparator.comparingLong(ChatFrame.Message::id))
                .toList();
        metrics.count("ovoz_chat_messages", sessions.deliver(fresh, results), "stage", "delivered");
        relay.stored(fresh);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    @Override
    protected List<ChatStored> store(List<ChatSend> sends) {
        return writer.write(sends);
    }

    private static ChatStored busy(ChatSend send) {
        return new ChatStored(send, null, false, BUSY);
    }
}
