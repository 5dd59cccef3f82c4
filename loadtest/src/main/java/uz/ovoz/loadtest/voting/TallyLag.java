package uz.ovoz.loadtest.voting;

import java.util.List;
import uz.ovoz.loadtest.measure.Latencies;

/**
 * How long after a vote committed a display showed it. The i-th confirmation (in arrival order) is
 * shown by the first display update counting at least i+1 votes; confirmations go out right after
 * the commit, so their time stands for the commit's.
 */
final class TallyLag {

    private TallyLag() {}

    /**
     * Records one lag per confirmation into {@code into}; returns how many confirmations no update
     * ever covered.
     */
    static int measure(long[] sortedConfirmations, List<Display.Update> updates, Latencies into) {
        int next = 0;
        for (Display.Update update : updates) {
            while (next < sortedConfirmations.length && update.total() > next) {
                into.recordNanos(Math.max(0, update.nanos() - sortedConfirmations[next]));
                next++;
            }
        }
        return sortedConfirmations.length - next;
    }
}
