package uz.ovoz.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.batch.Admission;
import uz.ovoz.platform.batch.BatchQueue;
import uz.ovoz.platform.batch.FallbackWrite;
import uz.ovoz.platform.batch.StopLog;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.timer.TimerCadence;

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
public class MessageFlusher extends BatchQueue<ChatSend, ChatStored> {

    private static final Logger LOG = Logger.getLogger(MessageFlusher.class.getName());

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

    @Resource
    TimerService timerService;

    @EJB
    MessageWriter writer;

    @EJB
    ChatSessions sessions;

    @EJB
    ChatRelay relay;

    @Inject
    OvozMetrics metrics;

    private TimerCadence cadence;
    private Admission admission;
    private final FallbackWrite<ChatSend, ChatStored> fallback = new FallbackWrite<>("chat messages", sends -> writer.write(sends),
            MessageFlusher::busy, send -> new ChatStored(send, null, false, "The message could not be stored; send it again"));

    @PostConstruct
    void startTimer() {
        cadence = TimerCadence.of("chat-flush", flushIntervalMs, metrics);
        timerService.createIntervalTimer(flushIntervalMs, flushIntervalMs, new TimerConfig("chat-flush", false));
        metrics.gauge("ovoz_chat_queue_depth", this::depth);
        admission = new Admission("chat", admissionWaitMs, metrics);
    }

    /**
     * Queues a message; its answer goes to the sender after its batch commits (or failed), or at once
     * when the queue is full or its oldest message has waited longer than the admission budget. The
     * future completes once the answer has been handed to the socket.
     */
    public CompletableFuture<ChatStored> submit(ChatSend send) {
        CompletableFuture<ChatStored> stored = admission.refuses(oldestWaitNanos())
                ? CompletableFuture.completedFuture(busy(send)) : offer(send, busy(send));
        if (stored.isDone()) {
            send.reply().to().send(stored.join().answer());
        } else {
            metrics.count("ovoz_chat_messages", "stage", "accepted");
        }
        return stored;
    }

    @Override
    public int limit() {
        return queueLimit;
    }

    @Override
    protected int batchSize() {
        return batchSize;
    }

    @Timeout
    void onTimer() {
        cadence.deliver(this::flushAvailable);
    }

    @PreDestroy
    void stop() {
        // Already done by DrainOnStop when a web module stopped: then this finds the queue drained
        drain();
    }

    @Override
    protected void drained(int count) {
        // An operator stopping the server (and the faults suite) can see that nothing queued was lost
        StopLog.info(LOG, "Stopping: stored the {0,number,0} chat messages still queued", count);
    }

    @Override
    protected void write(List<Pending<ChatSend, ChatStored>> batch) {
        long start = System.nanoTime();
        List<ChatStored> results = store(batch.stream().map(Pending::item).toList());
        metrics.time("ovoz_chat_flush", Duration.ofNanos(System.nanoTime() - start));
        metrics.record("ovoz_chat_batch_size", batch.size());
        List<ChatFrame.Message> fresh = results.stream().filter(ChatStored::fresh).map(ChatStored::message)
                .sorted(Comparator.comparingLong(ChatFrame.Message::id)).toList();
        metrics.count("ovoz_chat_messages", sessions.deliver(fresh, results), "stage", "delivered");
        relay.stored(fresh);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    private List<ChatStored> store(List<ChatSend> sends) {
        if (paused()) {
            // queued before the database was found away: it is not tried again for each batch
            return sends.stream().map(MessageFlusher::busy).toList();
        }
        return fallback.write(sends, () -> pause(outageRetryMs));
    }

    private static ChatStored busy(ChatSend send) {
        return new ChatStored(send, null, false, BUSY);
    }
}
