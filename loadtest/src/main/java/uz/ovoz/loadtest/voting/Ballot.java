package uz.ovoz.loadtest.voting;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import uz.ovoz.loadtest.measure.Latencies;

/** The votes of one candidate's round: what was sent, what came back and when. */
final class Ballot {

    final long candidateId;
    /** Send to confirmation or duplicate answer. */
    final Latencies acks = new Latencies();
    /** Send to a busy ("vote again") answer. */
    final Latencies busyAnswers = new Latencies();

    final LongAdder sent = new LongAdder();
    final LongAdder duplicatesSent = new LongAdder();
    final LongAdder confirmed = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder refused = new LongAdder();
    /** Second votes answered busy before the duplicate check was reached. */
    final LongAdder duplicatesBusy = new LongAdder();

    final long[] confirmedByType = new long[Voter.TYPES.length];
    private final Set<Integer> resending = ConcurrentHashMap.newKeySet();
    private final AtomicLongArray confirmations;
    private final AtomicInteger confirmationCount = new AtomicInteger();
    private volatile long firstSentNanos;
    private volatile long lastAnswerNanos;

    Ballot(long candidateId, int voters) {
        this.candidateId = candidateId;
        this.confirmations = new AtomicLongArray(voters);
    }

    /** A voter sends its vote for this candidate a second time: its next answer is that of the duplicate. */
    void resending(Voter voter) {
        resending.add(voter.index);
        duplicatesSent.increment();
    }

    void sending(long nanos) {
        if (firstSentNanos == 0) {
            firstSentNanos = nanos;
        }
        sent.increment();
    }

    synchronized void answered(Voter voter, VoterEvents.Answer answer, long nanos) {
        (answer == VoterEvents.Answer.REFUSED ? busyAnswers : acks).recordNanos(nanos - voter.sentNanos);
        lastAnswerNanos = Math.max(lastAnswerNanos, nanos);
        switch (answer) {
            case CONFIRMED -> {
                confirmed.increment();
                confirmedByType[voter.index % Voter.TYPES.length]++;
                confirmations.set(confirmationCount.getAndIncrement(), nanos);
            }
            case DUPLICATE -> {
                duplicates.increment();
                resending.remove(voter.index);
            }
            case REFUSED -> {
                refused.increment();
                if (resending.remove(voter.index)) {
                    duplicatesBusy.increment();
                }
            }
        }
    }

    long answers() {
        return confirmed.sum() + duplicates.sum() + refused.sum();
    }

    /** First vote sent to last answer, in seconds. */
    double seconds() {
        return firstSentNanos == 0 || lastAnswerNanos == 0 ? 0 : (lastAnswerNanos - firstSentNanos) / 1e9;
    }

    long[] sortedConfirmations() {
        long[] times = new long[confirmationCount.get()];
        for (int i = 0; i < times.length; i++) {
            times[i] = confirmations.get(i);
        }
        Arrays.sort(times);
        return times;
    }
}
