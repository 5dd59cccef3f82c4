package uz.ovoz.voting.oldsystem.control;

import java.util.HashSet;
import java.util.Set;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * Ovoz's count rules applied to the old votes in the order they were cast, so that the imported
 * rows satisfy the unique constraints of docs/integrity.md: one vote per candidate and voter, and
 * in a group one decision (a yes or a neutral) per voter. The old system checked this only by a
 * query before each insert, so its database may hold rows that break them; the first one counts.
 */
public final class VoteRules {

    /** What becomes of an old vote. */
    public enum Verdict {
        COUNTS,
        DUPLICATE,
        SECOND_DECISION
    }

    private final Set<String> voted = new HashSet<>();
    private final Set<String> decided = new HashSet<>();

    /**
     * The verdict on the next vote of one event. {@code group} is the candidate's group in the event,
     * or null; a vote that counts is remembered.
     */
    public Verdict admit(long eventId, long candidateId, Integer group, String voter, VoteType type) {
        String vote = eventId + "/" + candidateId + "/" + voter;
        if (voted.contains(vote)) {
            return Verdict.DUPLICATE;
        }
        String decision = eventId + "/g" + group + "/" + voter;
        if (decides(group, type) && decided.contains(decision)) {
            return Verdict.SECOND_DECISION;
        }
        voted.add(vote);
        if (decides(group, type)) {
            decided.add(decision);
        }
        return Verdict.COUNTS;
    }

    /** A yes or a neutral for a grouped candidate decides the group (a no decides nothing). */
    public static boolean decides(Integer group, VoteType type) {
        return group != null && type != VoteType.NO;
    }
}
