package uz.ovoz.voting.event.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.List;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;

/** An event as the admin API shows it, with its running order. */
public record EventView(long id, String name, String link, @JsonbProperty("duration_sec") int durationSec,
        String status, @JsonbProperty("current_index") Integer currentIndex,
        @JsonbProperty("hide_tally") boolean hideTally, @JsonbProperty("one_vote_per_ip") boolean oneVotePerIp,
        @JsonbProperty("requires_codes") boolean requiresCodes,
        @JsonbProperty("timer_started_at") String timerStartedAt, @JsonbProperty("timer_ends_at") String timerEndsAt,
        @JsonbProperty("voter_path") String voterPath, @JsonbProperty("display_path") String displayPath,
        List<Place> candidates) {

    /** A candidate's place in the running order. */
    public record Place(@JsonbProperty("id") long candidateId, @JsonbProperty("full_name") String fullName,
            @JsonbProperty("which_position") String whichPosition, String degree, String image,
            @JsonbProperty("sort_order") int sortOrder, @JsonbProperty("group_no") Integer groupNo) {
    }

    static EventView of(Event event, List<EventCandidate> lineup) {
        return new EventView(event.getId(), event.getName(), event.getLink(), event.getDurationSec(),
                event.getStatus().name().toLowerCase(), event.getCurrentIndex(), event.isHideTally(),
                event.isOneVotePerIp(), event.isRequiresCodes(), text(event.getTimerStartedAt()),
                text(event.getTimerEndsAt()), "/vote/" + event.getLink(), "/display/" + event.getLink(),
                lineup.stream().map(place -> new Place(place.getCandidate().getId(), place.getCandidate().getFullName(),
                        place.getCandidate().getWhichPosition(), place.getCandidate().getDegree(),
                        place.getCandidate().getImage(), place.getSortOrder(), place.getGroupNo())).toList());
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
