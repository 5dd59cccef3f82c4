package uz.ovoz.voting.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.ovoz.voting.ballot.boundary.BallotCodes;
import uz.ovoz.voting.ballot.boundary.NextCandidate;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.event.boundary.Candidates;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.event.entity.EventStatus;
import uz.ovoz.voting.live.control.SessionRegistry;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * The room an admin runs an event from: the running order, start and stop, the timer, the next
 * candidate, the live tally and connections, the links with their QR codes, and ballot codes.
 */
@Named
@ViewScoped
public class ControlRoomBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAdmin events;

    @Inject
    NextCandidate nextCandidate;

    @Inject
    EventLineup lineup;

    @Inject
    Candidates candidates;

    @Inject
    BallotCodes codes;

    @Inject
    TallyBoard tallies;

    @Inject
    SessionRegistry registry;

    private long id;
    private Event event;
    private List<EventCandidate> order = List.of();
    private List<Candidate> addable = List.of();
    private Map<Long, Boolean> selectedMap = new HashMap<>();
    private Long candidateToAdd;
    private Integer timerSeconds;
    private int codeCount = 50;
    private int codesIssued;

    /** The page's first request, once the {@code id} view parameter is set. */
    public void open() {
        FacesMessages.orNotFound(this::load);
    }

    void load() {
        event = events.find(id);
        order = lineup.of(event);
        Set<Long> placed = Set.copyOf(candidateIds());
        addable = candidates.all().stream()
                .filter(candidate -> !placed.contains(candidate.getId()))
                .toList();
        codesIssued = event.isRequiresCodes() ? codes.list(id).size() : 0;
        if (timerSeconds == null) {
            timerSeconds = event.getDurationSec();
        }
    }

    public void start() {
        run(() -> events.start(id), "control.started");
        if (event != null && event.getStatus() == EventStatus.ACTIVE && !event.isRequiresCodes()) {
            FacesMessages.warn("events.noCodesWarning");
        }
    }

    public void stop() {
        run(() -> events.stop(id), "control.stopped");
    }

    public void reset() {
        run(() -> events.reset(id), "control.reset");
    }

    public void startTimer() {
        run(() -> events.startTimer(id, timerSeconds), "control.timerStarted");
    }

    public void next() {
        run(() -> nextCandidate.move(id), "control.moved");
    }

    public void jump(int index) {
        run(() -> events.setCurrent(id, index), "control.moved");
    }

    public void clearVotes(EventCandidate place) {
        run(() -> events.clearVotes(id, place.getCandidate().getId()), "control.cleared");
    }

    public void add() {
        if (candidateToAdd != null) {
            run(() -> lineup.add(event, candidateToAdd), "control.added");
            candidateToAdd = null;
        }
    }

    public void remove(EventCandidate place) {
        run(() -> lineup.remove(event, place.getCandidate().getId()), "control.removed");
    }

    public void move(int index, int step) {
        List<Long> ids = new ArrayList<>(candidateIds());
        int target = index + step;
        if (target < 0 || target >= ids.size()) {
            return;
        }
        Collections.swap(ids, index, target);
        run(() -> lineup.reorder(event, ids), "control.reordered");
    }

    public void group() {
        List<Long> chosen = candidateIds().stream()
                .filter(candidateId -> Boolean.TRUE.equals(selectedMap.get(candidateId)))
                .toList();
        run(() -> lineup.group(event, chosen), "control.grouped");
        selectedMap = new HashMap<>();
    }

    public void ungroup(int groupNo) {
        run(() -> lineup.ungroup(event, groupNo), "control.ungrouped");
    }

    public void generateCodes() {
        run(() -> codes.generate(id, codeCount), "control.codesGenerated");
    }

    private void run(Runnable action, String doneKey) {
        if (FacesMessages.attempt(action)) {
            FacesMessages.info(doneKey);
        }
        load();
    }

    private List<Long> candidateIds() {
        return order.stream().map(place -> place.getCandidate().getId()).toList();
    }

    public EventCandidate getCurrent() {
        Integer index = event.getCurrentIndex();
        return index == null || index >= order.size() ? null : order.get(index);
    }

    /** The current candidate's tally as the server counts it, shown here even when displays hide it. */
    public Tally.Counts getTally() {
        EventCandidate current = getCurrent();
        return current == null
                ? Tally.Counts.NONE
                : tallies.counts(id, current.getCandidate().getId());
    }

    public int getVoters() {
        return registry.count(Kind.VOTER, event.getLink());
    }

    public int getDisplays() {
        return registry.count(Kind.DISPLAY, event.getLink());
    }

    /** Milliseconds since the epoch when the countdown ends, for the page's clock; 0 when none runs. */
    public long getTimerEndsAt() {
        return event.getTimerEndsAt() == null
                ? 0
                : event.getTimerEndsAt().toInstant().toEpochMilli();
    }

    /** The server's clock, so the page can correct the countdown for the laptop's clock. */
    public long getServerNow() {
        return System.currentTimeMillis();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public List<EventCandidate> getOrder() {
        return order;
    }

    public List<Candidate> getAddable() {
        return addable;
    }

    /** Which candidates are ticked for grouping, by candidate id. */
    public Map<Long, Boolean> getSelectedMap() {
        return selectedMap;
    }

    public Long getCandidateToAdd() {
        return candidateToAdd;
    }

    public void setCandidateToAdd(Long candidateToAdd) {
        this.candidateToAdd = candidateToAdd;
    }

    public Integer getTimerSeconds() {
        return timerSeconds;
    }

    public void setTimerSeconds(Integer timerSeconds) {
        this.timerSeconds = timerSeconds;
    }

    public int getCodeCount() {
        return codeCount;
    }

    public void setCodeCount(int codeCount) {
        this.codeCount = codeCount;
    }

    public int getCodesIssued() {
        return codesIssued;
    }
}
