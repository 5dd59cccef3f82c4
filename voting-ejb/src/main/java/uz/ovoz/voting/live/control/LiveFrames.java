package uz.ovoz.voting.live.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;
import uz.ovoz.voting.live.control.LiveFrame.CandidateView;
import uz.ovoz.voting.live.control.LiveFrame.Counts;
import uz.ovoz.voting.live.control.LiveFrame.Standing;

/** Builds the frames of the live channels from a snapshot and the committed tallies. */
@ApplicationScoped
public class LiveFrames {

    @EJB
    TallyBoard tallies;

    @Inject
    ShownTallies shown;

    public LiveFrame.CurrentCandidate currentCandidate(EventSnapshot snapshot) {
        Optional<EventSnapshot.Entry> current = snapshot.current();
        return new LiveFrame.CurrentCandidate(new LiveFrame.CurrentData(
                current.map(LiveFrames::view).orElse(null),
                snapshot.currentIndex(),
                snapshot.candidates().size(),
                timer(snapshot),
                related(snapshot),
                wire(snapshot.status()),
                snapshot.requiresCodes()));
    }

    /** The tally of a candidate, unless the event hides tallies while that candidate's voting runs. */
    public Optional<LiveFrame.TallyUpdate> tally(EventSnapshot snapshot, long candidateId) {
        if (hidden(snapshot, candidateId)) {
            return Optional.empty();
        }
        return Optional.of(new LiveFrame.TallyUpdate(counts(snapshot, candidateId)));
    }

    public LiveFrame.DisplayUpdate display(EventSnapshot snapshot) {
        Optional<EventSnapshot.Entry> current = snapshot.current();
        boolean hidden =
                current.map(entry -> hidden(snapshot, entry.candidateId())).orElse(false);
        Counts results = current.filter(entry -> !hidden)
                .map(entry -> counts(snapshot, entry.candidateId()))
                .orElse(null);
        List<Standing> group = hidden
                ? List.of()
                : current.map(entry -> snapshot.candidates().stream()
                                .filter(other -> other.candidateId() == entry.candidateId()
                                        || snapshot.groupPeers(entry.candidateId())
                                                .contains(other))
                                .filter(other -> other.groupNo() != null)
                                .map(other -> standing(snapshot, other))
                                .toList())
                        .orElse(List.of());
        List<Standing> finals = snapshot.status() == EventStatus.FINISHED || snapshot.status() == EventStatus.ARCHIVED
                ? snapshot.candidates().stream()
                        .map(entry -> standing(snapshot, entry))
                        .toList()
                : List.of();
        Long voters = hidden
                ? null
                : current.map(entry -> counts(snapshot, entry.candidateId()).total())
                        .orElse(0L);
        remember(snapshot, results, group, finals);
        return new LiveFrame.DisplayUpdate(new LiveFrame.DisplayData(
                snapshot.name(),
                wire(snapshot.status()),
                current.map(LiveFrames::view).orElse(null),
                snapshot.currentIndex(),
                snapshot.candidates().size(),
                timer(snapshot),
                related(snapshot),
                group,
                results,
                hidden,
                finals,
                voters));
    }

    private void remember(EventSnapshot snapshot, Counts current, List<Standing> group, List<Standing> finals) {
        Map<Long, Tally.Counts> frame = new HashMap<>();
        if (current != null) {
            frame.put(current.candidateId(), new Tally.Counts(current.yes(), current.no(), current.neutral()));
        }
        for (List<Standing> standings : List.of(group, finals)) {
            for (Standing standing : standings) {
                Counts counts = standing.voteResults();
                frame.put(counts.candidateId(), new Tally.Counts(counts.yes(), counts.no(), counts.neutral()));
            }
        }
        shown.shown(snapshot.eventId(), frame);
    }

    public Standing standing(EventSnapshot snapshot, EventSnapshot.Entry entry) {
        Tally.Counts counts = tallies.counts(snapshot.eventId(), entry.candidateId());
        return new Standing(
                view(entry),
                counts(entry.candidateId(), counts),
                counts.percent(counts.yes()),
                counts.percent(counts.no()),
                counts.percent(counts.neutral()),
                counts.passed());
    }

    private Counts counts(EventSnapshot snapshot, long candidateId) {
        return counts(candidateId, tallies.counts(snapshot.eventId(), candidateId));
    }

    private static Counts counts(long candidateId, Tally.Counts counts) {
        return new Counts(candidateId, counts.yes(), counts.no(), counts.neutral(), counts.total());
    }

    private static boolean hidden(EventSnapshot snapshot, long candidateId) {
        return snapshot.hideTally() && snapshot.isOpenFor(candidateId) && snapshot.timerRunning(Instant.now());
    }

    private static List<CandidateView> related(EventSnapshot snapshot) {
        return snapshot.current()
                .map(current -> snapshot.groupPeers(current.candidateId()).stream()
                        .map(LiveFrames::view)
                        .toList())
                .orElse(List.of());
    }

    static LiveFrame.TimerView timer(EventSnapshot snapshot) {
        Instant now = Instant.now();
        Instant started = snapshot.timerStartedAt();
        Instant ends = snapshot.timerEndsAt();
        return new LiveFrame.TimerView(
                snapshot.timerRunning(now),
                snapshot.remainingMillis(now),
                snapshot.durationSec(),
                started == null ? null : started.toString(),
                ends == null ? null : ends.toString(),
                ends == null ? null : ends.toEpochMilli(),
                now.toEpochMilli());
    }

    static CandidateView view(EventSnapshot.Entry entry) {
        return new CandidateView(
                entry.candidateId(),
                entry.fullName(),
                entry.image(),
                entry.whichPosition(),
                entry.degree(),
                entry.groupNo());
    }

    static String wire(EventStatus status) {
        return status.name().toLowerCase();
    }
}
