package uz.ovoz.loadtest.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import uz.ovoz.loadtest.measure.Latencies;

/**
 * Every message of a flood by sequence number: when it was sent, the id its ack gave, how many
 * members received it. Sequence numbers travel in the {@code clientMsgId} and at the start of the
 * content ({@code RUN:SEQ …}), which is what a delivered {@code message} frame carries back.
 */
final class ChatLedger {

    final String run;
    final Latencies acks = new Latencies();
    final Latencies deliveries = new Latencies();
    final LongAdder acked = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder ackedTwice = new LongAdder();
    final LongAdder foreign = new LongAdder();
    final Map<String, AtomicInteger> errorMessages = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> closes = new ConcurrentHashMap<>();
    private final AtomicLongArray sent;
    private final AtomicLongArray ids;
    private final AtomicIntegerArray delivered;
    private final LongAdder deliveredTotal = new LongAdder();
    private volatile long firstSentNanos;
    private volatile long lastAckNanos;

    ChatLedger(String run, int capacity) {
        this.run = run;
        this.sent = new AtomicLongArray(capacity);
        this.ids = new AtomicLongArray(capacity);
        this.delivered = new AtomicIntegerArray(capacity);
    }

    String clientMsgId(int seq) {
        return run + "-" + seq;
    }

    String content(int seq, String padding) {
        return run + ":" + seq + " " + padding;
    }

    void sending(int seq, long nanos) {
        if (firstSentNanos == 0) {
            firstSentNanos = nanos;
        }
        sent.set(seq, nanos);
    }

    void acked(String clientMsgId, long id, long nanos) {
        int seq = seqOf(clientMsgId, run + "-", clientMsgId.length());
        if (seq < 0) {
            foreign.increment();
        } else if (ids.compareAndSet(seq, 0, id)) {
            acked.increment();
            acks.recordNanos(nanos - sent.get(seq));
            lastAckNanos = Math.max(lastAckNanos, nanos);
        } else {
            ackedTwice.increment();
        }
    }

    void delivered(String content, long nanos) {
        int space = content.indexOf(' ');
        int seq = seqOf(content, run + ":", space < 0 ? content.length() : space);
        if (seq < 0) {
            foreign.increment();
            return;
        }
        delivered.incrementAndGet(seq);
        deliveredTotal.increment();
        deliveries.recordNanos(nanos - sent.get(seq));
    }

    void failed(String clientMsgId, String message) {
        errors.increment();
        errorMessages.computeIfAbsent(message, key -> new AtomicInteger()).incrementAndGet();
    }

    /** Messages the server refused as busy ("send the message again"): the rest of the errors are failures. */
    long busy() {
        return errorMessages.entrySet().stream()
                .filter(entry -> entry.getKey().contains("busy"))
                .mapToLong(entry -> entry.getValue().get())
                .sum();
    }

    void closed(int code) {
        closes.computeIfAbsent(code, key -> new AtomicInteger()).incrementAndGet();
    }

    long id(int seq) {
        return ids.get(seq);
    }

    int deliveredTo(int seq) {
        return delivered.get(seq);
    }

    long deliveredTotal() {
        return deliveredTotal.sum();
    }

    /** First message sent to last ack, in seconds. */
    double ackSeconds() {
        return lastAckNanos == 0 ? 0 : (lastAckNanos - firstSentNanos) / 1e9;
    }

    /** The sequence number in {@code text} after {@code prefix} and before {@code end}; -1 if none. */
    static int seqOf(String text, String prefix, int end) {
        if (text == null || !text.startsWith(prefix) || end <= prefix.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(text, prefix.length(), end, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
