package uz.ovoz.voting.event.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.List;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;

/** An event as the admin API shows it, with its running order. */
// nillable = true: a renamed property is otherwise left out when null
@SuppressWarnings("deprecation")
public record EventView(
        long id,
        String name,
        String link,

        @JsonbProperty(value = "duration_sec", nillable = true)
        int durationSec,

        String status,

        @JsonbProperty(value = "current_index", nillable = true)
        Integer currentIndex,

        @JsonbProperty(value = "hide_tally", nillable = true)
        boolean hideTally,

        @JsonbProperty(value = "one_vote_per_ip", nillable = true)
        boolean oneVotePerIp,

        @JsonbProperty(value = "requires_codes", nillable = true)
        boolean requiresCodes,

        @JsonbProperty(value = "timer_started_at", nillable = true)
        String timerStartedAt,

        @JsonbProperty(value = "timer_ends_at", nillable = true)
        String timerEndsAt,

        @JsonbProperty(value = "voter_path", nillable = true)
        String voterPath,

        @JsonbProperty(value = "display_path", nillable = true)
        String displayPath,

        List<Place> candidates) {

    /** A candidate's place in the running order. */
    public record Place(
            @JsonbProperty(value = "id", nillable = true) long candidateId,

            @JsonbProperty(value = "full_name", nillable = true)
            String fullName,

            @JsonbProperty(value = "which_position", nillable = true)
            String whichPosition,

            String degree,
            String image,

            @JsonbProperty(value = "sort_order", nillable = true)
            int sortOrder,

            @JsonbProperty(value = "group_no", nillable = true)
            Integer groupNo) {}

    static EventView of(Event event, List<EventCandidate> lineup) {
        return new EventView(
                event.getId(),
                event.getName(),
                event.getLink(),
                event.getDurationSec(),
                event.getStatus().name().toLowerCase(),
                event.getCurrentIndex(),
                event.isHideTally(),
                event.isOneVotePerIp(),
                event.isRequiresCodes(),
                text(event.getTimerStartedAt()),
                text(event.getTimerEndsAt()),
                "/vote/" + event.getLink(),
                "/display/" + event.getLink(),
                lineup.stream()
                        .map(place -> new Place(
                                place.getCandidate().getId(),
                                place.getCandidate().getFullName(),
                                place.getCandidate().getWhichPosition(),
                                place.getCandidate().getDegree(),
                                place.getCandidate().getImage(),
                                place.getSortOrder(),
                                place.getGroupNo()))
                        .toList());
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
