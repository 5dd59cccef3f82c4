package uz.ovoz.voting.event.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.control.EventChanged;
import uz.ovoz.voting.event.control.VotesVoided;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * The life of an event, {@code PENDING → ACTIVE → FINISHED → ARCHIVED}, as the admin moves it: what
 * each step allows, what it refuses and with which message, and what connected clients are told.
 * The database is a fake that holds one event (id 7) and its running order.
 */
class EventAdminTest {

    private static final long ID = 7;

    private final Event event = persisted(new Event("Council", "abc123", 30), ID);
    private final List<EventCandidate> order = new ArrayList<>();
    private final Set<Long> withVotes = new HashSet<>();
    private final List<VotesVoided> voided = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();
    private final List<EventChanged> told = new ArrayList<>();
    private final EventAdmin admin = new EventAdmin();

    EventAdminTest() {
        admin.em = entityManager();
        admin.lineup = new Lineup();
        admin.changes = recorder(told);
        admin.voided = recorder(voided);
    }

    /** The running order: Dean A (10) and B (11) in group 1, then Rector C (12) alone. */
    private void lineUp() {
        order.add(place(10, 0, 1));
        order.add(place(11, 1, 1));
        order.add(place(12, 2, null));
    }

    private Event in(EventStatus status, Integer current) {
        event.setStatus(status);
        event.setCurrentIndex(current);
        return event;
    }

    private void timerRunning() {
        OffsetDateTime now = OffsetDateTime.now();
        event.startTimer(now, now.plusSeconds(30));
    }

    @Test
    void startingAPendingEventMakesItActiveAtItsFirstCandidate() {
        lineUp();
        in(EventStatus.PENDING, null);
        assertEquals(EventStatus.ACTIVE, admin.start(ID).getStatus());
        assertEquals(0, event.getCurrentIndex());
        assertEquals(List.of(EventChanged.state(ID, "abc123")), told);
    }

    @Test
    void startingAFinishedEventAgainResumesAtItsCurrentCandidate() {
        lineUp();
        in(EventStatus.FINISHED, 2);
        assertEquals(EventStatus.ACTIVE, admin.start(ID).getStatus());
        assertEquals(2, event.getCurrentIndex());
    }

    @Test
    void startingAnActiveEventAgainKeepsItRunning() {
        lineUp();
        in(EventStatus.ACTIVE, 1);
        assertEquals(EventStatus.ACTIVE, admin.start(ID).getStatus());
        assertEquals(1, event.getCurrentIndex());
    }

    @Test
    void anArchivedEventCannotBeStarted() {
        lineUp();
        in(EventStatus.ARCHIVED, 0);
        assertConflict("An archived event cannot be started", () -> admin.start(ID));
        assertEquals(EventStatus.ARCHIVED, event.getStatus());
    }

    @Test
    void anEventWithoutCandidatesCannotBeStarted() {
        in(EventStatus.PENDING, null);
        assertConflict("Add candidates before starting the event", () -> admin.start(ID));
        assertEquals(EventStatus.PENDING, event.getStatus());
    }

    @Test
    void stoppingAnEventFinishesItAndEndsItsCountdown() {
        lineUp();
        in(EventStatus.ACTIVE, 1);
        timerRunning();
        assertEquals(EventStatus.FINISHED, admin.stop(ID).getStatus());
        assertNull(event.getTimerEndsAt());
        assertEquals(List.of(EventChanged.state(ID, "abc123")), told);
    }

    @Test
    void aPendingEventCanBeStoppedWithoutEverRunning() {
        in(EventStatus.PENDING, 0);
        assertEquals(EventStatus.FINISHED, admin.stop(ID).getStatus());
    }

    @Test
    void aFinishedOrPendingEventCanBeArchived() {
        for (EventStatus status : List.of(EventStatus.FINISHED, EventStatus.PENDING)) {
            in(status, null);
            assertEquals(EventStatus.ARCHIVED, admin.archive(ID).getStatus());
        }
    }

    @Test
    void anActiveEventCannotBeArchived() {
        in(EventStatus.ACTIVE, 0);
        assertConflict("Stop the event before archiving it", () -> admin.archive(ID));
        assertEquals(EventStatus.ACTIVE, event.getStatus());
    }

    @Test
    void anActiveEventCannotBeDeleted() {
        in(EventStatus.ACTIVE, 0);
        assertConflict("Stop the event before deleting it", () -> admin.delete(ID));
        assertEquals(List.of(), removed);
        assertEquals(List.of(), voided);
    }

    @Test
    void deletingAStoppedEventDeletesItsVotesAndTellsItsClients() {
        in(EventStatus.FINISHED, null);
        admin.delete(ID);
        assertEquals(List.of(VotesVoided.all(ID)), voided);
        assertEquals(List.of(event), removed);
        assertEquals(List.of(new EventChanged(ID, "abc123", EventChanged.Change.DELETED, List.of())), told);
    }

    @Test
    void resettingAnEventMakesItPendingAtItsFirstCandidateInANewVoteRound() {
        lineUp();
        in(EventStatus.ACTIVE, 2);
        timerRunning();
        int round = event.getVoteRound();
        assertEquals(EventStatus.PENDING, admin.reset(ID).getStatus());
        assertEquals(0, event.getCurrentIndex());
        assertNull(event.getTimerStartedAt());
        assertEquals(round + 1, event.getVoteRound(), "votes checked before the reset are refused when written");
        assertEquals(List.of(VotesVoided.all(ID)), voided);
        assertEquals(
                List.of(new EventChanged(ID, "abc123", EventChanged.Change.VOTES_CLEARED, List.of(10L, 11L, 12L))),
                told);
    }

    @Test
    void resettingAnEventWithoutCandidatesLeavesItWithoutACurrentOne() {
        in(EventStatus.FINISHED, null);
        admin.reset(ID);
        assertEquals(EventStatus.PENDING, event.getStatus());
        assertNull(event.getCurrentIndex());
    }

    @Test
    void nextSkipsTheRestOfTheCurrentGroupAndEndsTheCountdown() {
        lineUp();
        in(EventStatus.ACTIVE, 0);
        timerRunning();
        admin.next(ID, withVotes);
        assertEquals(2, event.getCurrentIndex());
        assertEquals(EventStatus.ACTIVE, event.getStatus());
        assertNull(event.getTimerEndsAt());
    }

    @Test
    void nextSkipsCandidatesThatAlreadyHaveVotes() {
        lineUp();
        in(EventStatus.PENDING, null);
        withVotes.add(10L);
        admin.next(ID, withVotes);
        assertEquals(1, event.getCurrentIndex());
    }

    @Test
    void nextPastTheLastCandidateFinishesTheEvent() {
        lineUp();
        in(EventStatus.ACTIVE, 2);
        admin.next(ID, withVotes);
        assertEquals(EventStatus.FINISHED, event.getStatus());
        assertNull(event.getCurrentIndex());
        assertEquals(List.of(EventChanged.state(ID, "abc123")), told);
    }

    @Test
    void theCountdownStartsOnlyInAnActiveEvent() {
        lineUp();
        for (EventStatus status : List.of(EventStatus.PENDING, EventStatus.FINISHED, EventStatus.ARCHIVED)) {
            in(status, 0);
            assertConflict("Start the event before starting a timer", () -> admin.startTimer(ID, null));
        }
        assertNull(event.getTimerStartedAt());
    }

    @Test
    void theCountdownNeedsACurrentCandidate() {
        in(EventStatus.ACTIVE, null);
        assertConflict("There is no current candidate", () -> admin.startTimer(ID, null));
    }

    @Test
    void theCountdownRunsForTheEventsDurationUnlessTheAdminGivesAnother() {
        lineUp();
        in(EventStatus.ACTIVE, 0);
        admin.startTimer(ID, null);
        assertEquals(30, seconds(event));
        admin.startTimer(ID, 90);
        assertEquals(90, seconds(event));
    }

    @Test
    void aCountdownOutsideTheAllowedDurationsIsRefused() {
        in(EventStatus.ACTIVE, 0);
        Rejected refusal = assertThrows(Rejected.class, () -> admin.startTimer(ID, 0));
        assertEquals(Rejected.Reason.INVALID, refusal.reason());
        assertEquals("duration_sec must be between 1 and 86400", refusal.getMessage());
    }

    @Test
    void choosingTheCurrentCandidateEndsTheCountdown() {
        lineUp();
        in(EventStatus.ACTIVE, 0);
        timerRunning();
        admin.setCurrent(ID, 2);
        assertEquals(2, event.getCurrentIndex());
        assertNull(event.getTimerEndsAt());
    }

    @Test
    void aCurrentCandidateOutsideTheRunningOrderIsRefused() {
        lineUp();
        in(EventStatus.ACTIVE, 0);
        for (int index : new int[] {-1, 3}) {
            Rejected refusal = assertThrows(Rejected.class, () -> admin.setCurrent(ID, index));
            assertEquals(Rejected.Reason.INVALID, refusal.reason());
            assertEquals("index must be between 0 and 2", refusal.getMessage());
        }
        assertEquals(0, event.getCurrentIndex());
    }

    @Test
    void anUnknownEventIsNotFound() {
        Rejected refusal = assertThrows(Rejected.class, () -> admin.stop(99));
        assertEquals(Rejected.Reason.NOT_FOUND, refusal.reason());
        assertEquals("No event 99", refusal.getMessage());
    }

    private void assertConflict(String message, Executable change) {
        Rejected refusal = assertThrows(Rejected.class, change);
        assertEquals(Rejected.Reason.CONFLICT, refusal.reason());
        assertEquals(message, refusal.getMessage());
        assertEquals(List.of(), told, "a refused change is not announced");
    }

    private static long seconds(Event event) {
        assertNotNull(event.getTimerStartedAt());
        return java.time.Duration.between(event.getTimerStartedAt(), event.getTimerEndsAt())
                .toSeconds();
    }

    private EventCandidate place(long candidateId, int sortOrder, Integer group) {
        EventCandidate place =
                new EventCandidate(event, persisted(new Candidate("Candidate " + candidateId), candidateId), sortOrder);
        place.setGroupNo(group);
        return place;
    }

    /** The running order as the fake database holds it. */
    private final class Lineup extends EventLineup {
        @Override
        public List<EventCandidate> of(Event of) {
            return List.copyOf(order);
        }

        @Override
        public List<Long> candidateIds(Event of) {
            return order.stream().map(place -> place.getCandidate().getId()).toList();
        }
    }

    /** Finds event 7 and removes what it is asked to. */
    private EntityManager entityManager() {
        return fake(EntityManager.class, (method, args) -> switch (method) {
            case "find" -> args[1].equals(ID) ? event : null;
            case "flush" -> null;
            case "remove" -> removed.add(args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
    }

    /** A CDI event whose fired payloads land in {@code fired}. */
    @SuppressWarnings("unchecked")
    private static <T> jakarta.enterprise.event.Event<T> recorder(List<T> fired) {
        return fake(jakarta.enterprise.event.Event.class, (method, args) -> {
            if (!method.equals("fire")) {
                throw new UnsupportedOperationException(method);
            }
            return fired.add((T) args[0]);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    /** An interface whose calls {@code answer} handles by name. */
    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                EventAdminTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }

    /** An entity as the database gives it back, with its generated id. */
    private static <T> T persisted(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
