package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.entity.VoteType;

/** How the set-based write orders a batch: what competes for a key goes in a later wave. */
class SetInsertTest {

    private long nextId = 1;

    @Test
    void requestsThatShareNoKeyGoTogetherAndARepeatedKeyWaitsForTheWaveAfter() {
        List<List<VoteBatch.Row>> rows = List.of(
                request(1, "phone-1", null, null, false),
                request(1, "phone-2", null, null, false),
                request(1, "phone-1", null, null, false),
                request(1, "phone-3", "CODE", null, false),
                request(1, "phone-4", "CODE", null, false),
                request(2, "phone-1", null, null, false),
                request(1, "phone-5", null, "10.0.0.1", true),
                request(1, "phone-6", null, "10.0.0.1", true),
                request(1, "phone-7", null, "10.0.0.1", false),
                request(1, "phone-1", null, null, false));

        assertEquals(
                List.of(
                        List.of("1/phone-1", "1/phone-2", "1/phone-3", "2/phone-1", "1/phone-5", "1/phone-7"),
                        List.of("1/phone-1", "1/phone-4", "1/phone-6"),
                        List.of("1/phone-1")),
                briefs(SetInsert.waves(rows)));
    }

    @Test
    void aRefusedRequestHasNoRowsAndTakesNoPlace() {
        List<List<VoteBatch.Row>> rows = new ArrayList<>();
        rows.add(request(1, "phone-1", null, null, false));
        rows.add(List.of());
        rows.add(request(1, "phone-2", null, null, false));

        assertEquals(List.of(List.of("1/phone-1", "1/phone-2")), briefs(SetInsert.waves(rows)));
    }

    @Test
    void aRequestWithAutomaticVotesKeepsThemInItsWave() {
        List<VoteBatch.Row> yes = request(1, "phone-1", null, null, false);
        VoteRequest vote = yes.get(0).request();
        List<VoteBatch.Row> withPeers = List.of(
                yes.get(0),
                new VoteBatch.Row(
                        nextId++, vote, 11, VoteType.NO, null, yes.get(0).id()),
                new VoteBatch.Row(
                        nextId++, vote, 12, VoteType.NO, null, yes.get(0).id()));

        assertEquals(List.of(List.of(withPeers)), SetInsert.waves(List.of(withPeers)));
    }

    private List<VoteBatch.Row> request(long eventId, String device, String code, String ip, boolean onePerIp) {
        VoteRequest request =
                new VoteRequest(eventId, 10, VoteType.YES, device, ip, null, code, onePerIp, 0, Instant.EPOCH);
        return List.of(new VoteBatch.Row(nextId++, request, 10, VoteType.YES, 7, null));
    }

    private static List<List<String>> briefs(List<List<List<VoteBatch.Row>>> waves) {
        return waves.stream()
                .map(wave -> wave.stream()
                        .map(ofRequest -> ofRequest.get(0).request())
                        .map(request -> request.eventId() + "/" + request.deviceId())
                        .toList())
                .toList();
    }
}
