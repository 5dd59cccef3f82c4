package uz.ovoz.voting.ballot.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import uz.ovoz.voting.ballot.entity.VoteType;

/** The committed yes / no / neutral counts of one candidate in one event. */
public final class Tally {

    private final AtomicLong yes = new AtomicLong();
    private final AtomicLong no = new AtomicLong();
    private final AtomicLong neutral = new AtomicLong();

    public void add(VoteType type, long count) {
        switch (type) {
            case YES -> yes.addAndGet(count);
            case NO -> no.addAndGet(count);
            case NEUTRAL -> neutral.addAndGet(count);
        }
    }

    /** Tallies per candidate from rows of (candidate id, vote type, count), as {@code Vote.TALLIES_OF_EVENT} gives. */
    public static Map<Long, Tally> byCandidate(List<Object[]> rows) {
        Map<Long, Tally> tallies = new ConcurrentHashMap<>();
        for (Object[] row : rows) {
            tallies.computeIfAbsent((Long) row[0], id -> new Tally()).add((VoteType) row[1], (Long) row[2]);
        }
        return tallies;
    }

    public Counts counts() {
        return new Counts(yes.get(), no.get(), neutral.get());
    }

    /** A consistent-enough copy of a tally, with the arithmetic of results. */
    public record Counts(long yes, long no, long neutral) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public long total() {
            return yes + no + neutral;
        }

        /** Percentage of this candidate's votes, one decimal; 0 when nobody voted. */
        public double percent(long part) {
            long total = total();
            return total == 0 ? 0 : Math.round(part * 1000.0 / total) / 10.0;
        }

        /** A candidate passes when more than half of the votes cast for them are yes. */
        public boolean passed() {
            return yes * 2 > total();
        }
    }
}
