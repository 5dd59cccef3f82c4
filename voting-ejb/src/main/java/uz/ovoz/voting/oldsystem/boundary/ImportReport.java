package uz.ovoz.voting.oldsystem.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * What an import did: rows added, rows found from an earlier run of the same source (or, for
 * candidates from HEMIS, already here), and what in the old data was not brought across and why.
 */
public record ImportReport(
        String source,
        @JsonbProperty("candidates_added") int candidatesAdded,
        @JsonbProperty("candidates_known") int candidatesKnown,
        @JsonbProperty("photos_added") int photosAdded,
        @JsonbProperty("events_added") int eventsAdded,
        @JsonbProperty("events_known") int eventsKnown,
        @JsonbProperty("places_added") int placesAdded,
        @JsonbProperty("votes_added") int votesAdded,
        @JsonbProperty("votes_known") int votesKnown,
        @JsonbProperty("votes_not_counted") int votesNotCounted,
        List<String> problems) {

    /** At most this many problems are listed; the counts above are always complete. */
    public static final int MAX_PROBLEMS = 200;
}
