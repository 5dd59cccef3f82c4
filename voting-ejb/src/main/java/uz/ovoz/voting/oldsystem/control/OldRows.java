package uz.ovoz.voting.oldsystem.control;

import java.time.OffsetDateTime;
import java.util.List;

/** The rows of an old voting database that the import brings across; ids are the old ones. */
public record OldRows(List<Candidate> candidates, List<Event> events, List<Place> places, List<Vote> votes) {

    public record Candidate(
            long id,
            String fullName,
            String image,
            String degree,
            String position,
            String description,
            String electionTime,
            boolean fromApi,
            Long externalId) {}

    public record Event(long id, String name, String link, int durationSec, String status) {}

    /** A row of {@code event_candidates}: a candidate's place in an event, and its group's name if any. */
    public record Place(long id, long eventId, long candidateId, int order, String group) {}

    public record Vote(
            long id,
            long eventId,
            Long placeId,
            long candidateId,
            String ip,
            String deviceId,
            String nonce,
            String type,
            OffsetDateTime at) {

        /** Who voted: the device, or for votes from before devices were recorded, the address. */
        public String voter() {
            return deviceId != null && !deviceId.isBlank() ? deviceId : "ip:" + ip;
        }
    }
}
