package uz.ovoz.voting.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * The snapshots {@link LiveEvents} keeps, by link, readable without a call through the EJB
 * container. Every vote reads its event's snapshot; through the container that read cost an
 * invocation context, the interceptor chain and Payara's tracing check, far more than the lookup
 * (see docs/performance.md). {@link LiveEvents} alone loads and replaces them.
 */
@ApplicationScoped
public class LiveSnapshots {

    private final Map<String, EventSnapshot> byLink = new ConcurrentHashMap<>();

    /** The event's snapshot if this instance holds one; {@link LiveEvents#snapshot} also loads it. */
    public Optional<EventSnapshot> cached(String link) {
        return Optional.ofNullable(byLink.get(link));
    }

    void put(String link, EventSnapshot snapshot) {
        byLink.put(link, snapshot);
    }

    void putIfAbsent(String link, EventSnapshot snapshot) {
        byLink.putIfAbsent(link, snapshot);
    }

    void remove(String link) {
        byLink.remove(link);
    }

    Collection<EventSnapshot> all() {
        return byLink.values();
    }
}
