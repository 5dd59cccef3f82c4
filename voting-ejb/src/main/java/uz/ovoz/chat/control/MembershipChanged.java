package uz.ovoz.chat.control;

import java.util.Set;

/** Fired inside the transaction that changed a room's members; observed after commit. */
public record MembershipChanged(long roomId, Set<Long> joined, Set<Long> left) {

    public MembershipChanged {
        joined = Set.copyOf(joined);
        left = Set.copyOf(left);
    }
}
