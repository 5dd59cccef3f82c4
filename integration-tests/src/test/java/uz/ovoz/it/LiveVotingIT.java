package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live voting over real WebSocket clients and the admin API: the whole flow, duplicates, timers,
 * groups, ballot codes and bad frames.
 */
class LiveVotingIT extends VotingServerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    // Twice ovoz.db.connection-wait-ms: no vote waits longer than that for an answer while the database is away
    private static final Duration OUTAGE_ANSWER_BOUND = Duration.ofSeconds(10);

    @Test
    void wholeFlowFromCreationThroughVotingToResults() throws Exception {
        long first = admin.createCandidate("Alisher Navoiy " + run, "Rector");
        long second = admin.createCandidate("Bobur Mirzo " + run, "Dean");
        long third = admin.createCandidate("Zahiriddin " + run, "Head of department");
        JsonObject event = admin.createEvent("Council " + run, null, first, second, third);
        long id = event.getJsonNumber("id").longValue();
        String link = event.getString("link");
        assertEquals("pending", event.getString("status"));
        assertEquals(4003, WebSocketProbe.connect(voter(link)).awaitCloseCode(WAIT), "pending events refuse voters");

        admin.action(id, "start");
        WebSocketProbe phone = WebSocketProbe.connect(voter(link));
        WebSocketProbe other = WebSocketProbe.connect(voter(link));
        WebSocketProbe screen = WebSocketProbe.connect(display(link));
        JsonObject current = phone.next("current_candidate", WAIT).getJsonObject("data");
        assertEquals(
                first, current.getJsonObject("candidate").getJsonNumber("id").longValue());
        assertEquals("Rector", current.getJsonObject("candidate").getString("which_position"));
        assertEquals(0, current.getInt("index"));
        assertEquals(3, current.getInt("total"));
        assertFalse(current.getJsonObject("timer").getBoolean("running"));
        assertEquals(0, phone.next("tally_update", WAIT).getJsonObject("data").getInt("total"));
        assertEquals(
                "Voting for this candidate has not started yet",
                phone.ask(vote("yes", "phone-" + run, null), "error").getString("message"));

        admin.ok("POST", "/events/" + id + "/timer", "{}");
        JsonObject timer =
                phone.next("current_candidate", WAIT).getJsonObject("data").getJsonObject("timer");
        assertTrue(timer.getBoolean("running"));
        assertTrue(timer.getJsonNumber("ends_at_ts").longValue() > System.currentTimeMillis());
        assertTrue(timer.getJsonNumber("remaining_ms").longValue() > 25_000);

        JsonObject confirmed = phone.ask(vote("yes", "phone-" + run, null), "vote_confirmed");
        assertEquals("yes", confirmed.getString("vote_type"));
        assertEquals(first, confirmed.getJsonNumber("candidate_id").longValue());
        assertEquals("Rector", confirmed.getString("which_position"));
        assertEquals(0, confirmed.getJsonArray("auto_voted_candidates").size());
        other.ask(vote("no", "other-" + run, null), "vote_confirmed");
        assertEquals(
                "You have already voted for this candidate from this device",
                phone.ask(vote("no", "phone-" + run, null), "error").getString("message"));

        JsonObject tally = awaitDisplayTally(screen, 2);
        assertEquals(1, tally.getInt("yes"));
        assertEquals(1, tally.getInt("no"));

        admin.action(id, "next");
        assertEquals(
                second,
                phone.next("current_candidate", WAIT)
                        .getJsonObject("data")
                        .getJsonObject("candidate")
                        .getJsonNumber("id")
                        .longValue());
        admin.ok("POST", "/events/" + id + "/timer", "{\"duration_sec\":20}");
        phone.ask(vote("yes", "phone-" + run, null), "vote_confirmed");
        other.ask(vote("yes", "other-" + run, null), "vote_confirmed");

        admin.action(id, "next");
        admin.action(id, "next");
        JsonObject finished = admin.ok("GET", "/events/" + id, null);
        assertEquals("finished", finished.getString("status"));
        JsonObject last;
        do {
            last = phone.next("current_candidate", WAIT).getJsonObject("data");
        } while (!"finished".equals(last.getString("event_status")));
        assertEquals(JsonValue.NULL, last.get("candidate"), "a finished event has no current candidate");

        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertEquals(3, results.size());
        assertResult(results.getJsonObject(0), first, 1, 1, 0, false);
        assertResult(results.getJsonObject(1), second, 2, 0, 0, true);
        assertResult(results.getJsonObject(2), third, 0, 0, 0, false);
        assertEquals(
                100.0, results.getJsonObject(1).getJsonNumber("yes_percent").doubleValue());
        assertEquals(50.0, results.getJsonObject(0).getJsonNumber("yes_percent").doubleValue());
        JsonObject finals = awaitFinalResults(screen);
        assertEquals(3, finals.getJsonArray("final_results").size());
    }

    @Test
    void concurrentDuplicateVotesFromOneDeviceStoreOneVoteAndConfirmOnce() throws Exception {
        StartedEvent event = startedEvent("Duplicate");
        long id = event.id();
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        int sockets = 20;
        List<WebSocketProbe> phones = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            phones.add(WebSocketProbe.connect(voter(event.link())));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sockets);
        List<Future<String>> answers = new ArrayList<>();
        for (WebSocketProbe phone : phones) {
            answers.add(pool.submit(() -> {
                start.await();
                phone.send(vote("yes", "same-device-" + run, null));
                return firstAnswer(phone);
            }));
        }
        start.countDown();
        int confirmed = 0;
        int refused = 0;
        for (Future<String> answer : answers) {
            String got = answer.get(20, TimeUnit.SECONDS);
            if ("vote_confirmed".equals(got)) {
                confirmed++;
            } else {
                assertEquals("duplicate", got, "every other socket of the device is refused as a duplicate");
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, confirmed);
        assertEquals(sockets - 1, refused);
        JsonObject result = admin.okArray("GET", "/events/" + id + "/results").getJsonObject(0);
        assertEquals(1, result.getInt("participants"));
    }

    @Test
    void voterFloodingFramesGetsAnErrorPastItsBurstAndStaysConnected() throws Exception {
        long candidate = admin.createCandidate("Flood " + run, "Dean");
        JsonObject event = admin.createEvent("Flood event " + run, null, candidate);
        admin.action(event.getJsonNumber("id").longValue(), "start");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        phone.next("current_candidate", WAIT);
        for (int i = 0; i < 40; i++) {
            phone.send("{\"type\":\"ping\"}");
        }
        int pongs = 0;
        int refused = 0;
        for (String frame = phone.nextFrame(WAIT);
                frame != null && pongs + refused < 40;
                frame = phone.nextFrame(WAIT)) {
            if (frame.contains("\"pong\"")) {
                pongs++;
            } else if (frame.contains("Too many messages")) {
                refused++;
            }
        }
        // The default burst is 20; a few more tokens may come back while the 40 frames arrive
        assertTrue(pongs >= 20 && pongs < 40, pongs + " pongs");
        assertEquals(40, pongs + refused);
        // the budget refills with time: a ping is answered again within the bound
        Await.until(WAIT, "a ping answered with pong once the budget refills", () -> {
            phone.clear();
            phone.send("{\"type\":\"ping\"}");
            String answer = phone.nextFrame(WAIT);
            return answer != null && "pong".equals(AdminApi.json(answer).getString("type", null));
        });
    }

    @Test
    void votesAreRefusedOnceTheTimerRunsOutAndTheServerSaysSo() throws Exception {
        StartedEvent event = startedEvent("Timer");
        long id = event.id();
        long candidate = event.candidate();
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
        admin.ok("POST", "/events/" + id + "/timer", "{\"duration_sec\":1}");
        JsonObject expired = phone.next("timer_expired", Duration.ofSeconds(5));
        assertEquals(candidate, expired.getJsonNumber("candidate_id").longValue());
        assertEquals(
                "Voting time is over",
                phone.ask(vote("yes", "late-" + run, null), "error").getString("message"));
        assertEquals(
                0,
                admin.okArray("GET", "/events/" + id + "/results")
                        .getJsonObject(0)
                        .getInt("participants"));
    }

    @Test
    void yesForOneCandidateOfAGroupRecordsNoForItsPeers() throws Exception {
        long first = admin.createCandidate("Group A " + run, "Dean of physics");
        long second = admin.createCandidate("Group B " + run, "Dean of physics");
        JsonObject event = admin.createEvent("Groups " + run, null, first, second);
        long id = event.getJsonNumber("id").longValue();
        admin.ok("POST", "/events/" + id + "/groups", "{\"candidate_ids\":[" + first + "," + second + "]}");
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        JsonObject current = phone.next("current_candidate", WAIT).getJsonObject("data");
        assertEquals(
                second,
                current.getJsonArray("related_candidates")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        JsonObject confirmed = phone.ask(vote("yes", "grouped-" + run, second), "vote_confirmed");
        JsonObject automatic = confirmed.getJsonArray("auto_voted_candidates").getJsonObject(0);
        assertEquals(first, automatic.getJsonNumber("candidate_id").longValue());
        assertEquals("no", automatic.getString("vote_type"));
        assertEquals(
                "You have already voted for this candidate from this device",
                phone.ask(vote("yes", "grouped-" + run, first), "error").getString("message"));
        phone.ask(vote("neutral", "neutral-" + run, first), "vote_confirmed");

        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertResult(results.getJsonObject(0), first, 0, 1, 1, false);
        assertResult(results.getJsonObject(1), second, 1, 0, 1, false);

        admin.action(id, "next");
        assertEquals(
                "finished",
                admin.ok("GET", "/events/" + id, null).getString("status"),
                "next skips the rest of the group");
    }

    @Test
    void eventsWithBallotCodesCountOneVotePerCode() throws Exception {
        long candidate = admin.createCandidate("Coded " + run, "Rector");
        JsonObject event = admin.createEvent("Codes " + run, "\"duration_sec\":30,\"requires_codes\":true", candidate);
        long id = event.getJsonNumber("id").longValue();
        JsonArray codes =
                admin.ok("POST", "/events/" + id + "/codes", "{\"count\":2}").getJsonArray("codes");
        assertEquals(2, codes.size());
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        assertTrue(phone.next("current_candidate", WAIT).getJsonObject("data").getBoolean("requires_code"));
        JsonObject withoutCode = phone.ask(vote("yes", "coded-" + run, null), "error");
        assertEquals("code_required", withoutCode.getString("code"));
        assertEquals("This event requires a ballot code: enter your code first", withoutCode.getString("message"));
        String code = codes.getString(0);
        assertEquals(
                code,
                phone.ask(enterCode(code.toLowerCase(), "coded-" + run), "code_accepted")
                        .getString("code"));
        phone.ask(vote("yes", "coded-" + run, null), "vote_confirmed");

        WebSocketProbe thief = WebSocketProbe.connect(voter(event.getString("link")));
        assertEquals(
                "This ballot code has already been used on another device",
                thief.ask(enterCode(code, "thief-" + run), "error").getString("message"));
        assertEquals(
                "Unknown ballot code",
                thief.ask(enterCode("NOPE2345", "thief-" + run), "error").getString("message"));
        thief.ask(enterCode(codes.getString(1), "thief-" + run), "code_accepted");
        thief.ask(vote("no", "thief-" + run, null), "vote_confirmed");
        assertEquals(
                2,
                admin.okArray("GET", "/events/" + id + "/results")
                        .getJsonObject(0)
                        .getInt("participants"));
    }

    @Test
    void aDatabaseFailureWhileEnteringACodeAnswersAnErrorAndTheVoterStaysConnectedAndCounted() throws Exception {
        long candidate = admin.createCandidate("Outage " + run, "Rector");
        JsonObject event = admin.createEvent("Outage " + run, "\"duration_sec\":30,\"requires_codes\":true", candidate);
        long id = event.getJsonNumber("id").longValue();
        String code = admin.ok("POST", "/events/" + id + "/codes", "{\"count\":1}")
                .getJsonArray("codes")
                .getString(0);
        admin.action(id, "start");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        phone.next("current_candidate", WAIT);
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            assertEquals(
                    "server_error",
                    phone.ask(enterCode(code, "outage-" + run), "error").getString("code"));
        }
        // still registered: the next broadcast reaches it, and the code works once the database is back
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        assertTrue(phone.next("current_candidate", WAIT)
                .getJsonObject("data")
                .getJsonObject("timer")
                .getBoolean("running"));
        assertEquals(
                code,
                phone.ask(enterCode(code, "outage-" + run), "code_accepted").getString("code"));
    }

    @Test
    void votesDuringADatabaseRestartAreStoredOnceIfConfirmedAndOtherwiseAnsweredBusyInBoundedTime() throws Exception {
        StartedEvent event = startedEvent("Restart", "\"duration_sec\":600");
        admin.ok("POST", "/events/" + event.id() + "/timer", "{}");
        List<RequestStream.Client> phones = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
            phone.next("current_candidate", WAIT);
            phones.add(device -> {
                phone.send(vote("yes", device, null));
                return firstAnswer(phone);
            });
        }
        Predicate<RequestStream.Answer> confirmed = answer -> "vote_confirmed".equals(answer.answer());
        List<RequestStream.Answer> answers;
        long outageStart;
        long outageEnd;
        // well under the 10 frames a second a voter may send
        try (RequestStream stream = new RequestStream("restart-" + run, phones, Duration.ofMillis(150))) {
            stream.await(16, System.nanoTime(), confirmed, WAIT);
            outageStart = System.nanoTime();
            try (DatabaseOutage outage = DatabaseOutage.begin()) {
                stream.await(8, outageStart, answer -> "busy".equals(answer.answer()), OUTAGE_ANSWER_BOUND);
                assertEquals(503, awaitReadiness(503), "not ready while the database is away");
                // Pacing, not synchronisation: the outage lasts three seconds, during which votes keep coming
                Thread.sleep(3000);
            }
            outageEnd = System.nanoTime();
            assertEquals(200, awaitReadiness(200), "ready again once the database is back");
            stream.await(phones.size() * 2, outageEnd, confirmed, Duration.ofSeconds(30));
            answers = stream.stop();
        }
        Set<String> stored = storedDevices(event.id());
        Set<String> confirmedDevices = new HashSet<>();
        for (RequestStream.Answer answer : answers) {
            assertTrue(Set.of("vote_confirmed", "busy").contains(answer.answer()), "an answer to retry on: " + answer);
            if (confirmed.test(answer)) {
                confirmedDevices.add(answer.key());
                assertTrue(stored.contains(answer.key()), "a confirmed vote is stored: " + answer);
            } else {
                assertFalse(stored.contains(answer.key()), "a vote answered busy is not stored: " + answer);
            }
            if (answer.sentNanos() >= outageStart && answer.sentNanos() <= outageEnd) {
                assertTrue(answer.latency().compareTo(OUTAGE_ANSWER_BOUND) <= 0, "answered in time: " + answer);
            }
        }
        assertEquals(confirmedDevices, stored, "stored exactly the confirmed votes");
        assertEquals(
                stored.size(),
                admin.okArray("GET", "/events/" + event.id() + "/results")
                        .getJsonObject(0)
                        .getInt("yes"),
                "the tally counts what is stored");
    }

    private int awaitReadiness(int wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        while ((status = endpoints.get("/health/ready").statusCode()) != wanted && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return status;
    }

    private static Set<String> storedDevices(long eventId) throws Exception {
        Set<String> devices = new HashSet<>();
        try (Connection connection = DatabaseOutage.testDatabase();
                PreparedStatement query =
                        connection.prepareStatement("SELECT device_id FROM votes WHERE event_id = ?")) {
            query.setLong(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertTrue(devices.add(rows.getString(1)), "stored once: " + rows.getString(1));
                }
            }
        }
        return devices;
    }

    @Test
    void aVoteForAGroupPeerAfterYesToAnotherIsADuplicateThatSaysWhatIsOnRecord() throws Exception {
        GroupedEvent event = groupedEvent("Peer", 3);
        long id = event.id();
        long first = event.candidates()[0];
        long second = event.candidates()[1];
        long third = event.candidates()[2];
        WebSocketProbe phone = event.phone();
        // back to back, so that both are usually written in one batch
        phone.send(vote("yes", "peer-" + run, first));
        phone.send(vote("yes", "peer-" + run, third));
        JsonObject confirmed = phone.next("vote_confirmed", WAIT);
        assertEquals(first, confirmed.getJsonNumber("candidate_id").longValue());
        assertEquals(2, confirmed.getJsonArray("auto_voted_candidates").size());
        JsonObject duplicate = phone.next("error", WAIT);
        assertEquals("duplicate", duplicate.getString("code"));
        assertEquals(third, duplicate.getJsonNumber("candidate_id").longValue());
        assertEquals("no", duplicate.getString("vote_type"), "the page shows the vote on record, not a yes");
        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertResult(results.getJsonObject(0), first, 1, 0, 0, true);
        assertResult(results.getJsonObject(1), second, 0, 1, 0, false);
        assertResult(results.getJsonObject(2), third, 0, 1, 0, false);
        awaitAuditConsistent(id);
    }

    @Test
    void inAGroupOfFourYesToOneIsNoToTheOthersExceptAPeerAlreadyVotedOnAndASecondDecisionIsRefused() throws Exception {
        GroupedEvent event = groupedEvent("Four", 4);
        long id = event.id();
        long[] four = event.candidates();
        WebSocketProbe phone = event.phone();
        String device = "four-" + run;

        // a no decides nothing for the others: it is stored alone
        JsonObject no = phone.ask(vote("no", device, four[1]), "vote_confirmed");
        assertEquals(four[1], no.getJsonNumber("candidate_id").longValue());
        assertEquals(0, no.getJsonArray("auto_voted_candidates").size());
        // the yes implies a no for all three peers; the one for four[1] is itself a duplicate and is not stored
        JsonObject yes = phone.ask(vote("yes", device, four[0]), "vote_confirmed");
        assertEquals(four[0], yes.getJsonNumber("candidate_id").longValue());
        assertEquals(List.of(four[2], four[3]), autoVoted(yes, "no"));
        JsonObject second = phone.ask(vote("neutral", device, four[3]), "error");
        assertEquals("duplicate", second.getString("code"));
        assertEquals("You have already voted for this candidate from this device", second.getString("message"));
        assertEquals(four[3], second.getJsonNumber("candidate_id").longValue());
        assertEquals("no", second.getString("vote_type"));

        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertResult(results.getJsonObject(0), four[0], 1, 0, 0, true);
        for (int i = 1; i < four.length; i++) {
            assertResult(results.getJsonObject(i), four[i], 0, 1, 0, false);
        }
        awaitAuditConsistent(id);
    }

    @Test
    void inAGroupOfThreeNeutralIsNeutralForAllAndLeavesNoSecondDecision() throws Exception {
        GroupedEvent event = groupedEvent("Neutral", 3);
        long id = event.id();
        long[] three = event.candidates();
        WebSocketProbe phone = event.phone();

        JsonObject neutral = phone.ask(vote("neutral", "neutral3-" + run, three[1]), "vote_confirmed");
        assertEquals("neutral", neutral.getString("vote_type"));
        assertEquals(List.of(three[0], three[2]), autoVoted(neutral, "neutral"));
        JsonObject refused = phone.ask(vote("yes", "neutral3-" + run, three[2]), "error");
        assertEquals("duplicate", refused.getString("code"));
        assertEquals(three[2], refused.getJsonNumber("candidate_id").longValue());
        assertEquals("neutral", refused.getString("vote_type"));
        // another device decides on its own
        JsonObject other = phone.ask(vote("yes", "other3-" + run, three[2]), "vote_confirmed");
        assertEquals(List.of(three[0], three[1]), autoVoted(other, "no"));

        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertResult(results.getJsonObject(0), three[0], 0, 1, 1, false);
        assertResult(results.getJsonObject(1), three[1], 0, 1, 1, false);
        assertResult(results.getJsonObject(2), three[2], 1, 0, 1, false);
        awaitAuditConsistent(id);
    }

    private record GroupedEvent(long id, long[] candidates, WebSocketProbe phone) {}

    /**
     * A running event whose {@code size} candidates form one group, its timer started, and a voter
     * connected who has seen the first of them.
     */
    private GroupedEvent groupedEvent(String name, int size) throws Exception {
        long[] candidates = new long[size];
        for (int i = 0; i < size; i++) {
            candidates[i] = admin.createCandidate(name + " " + (char) ('A' + i) + " " + run, "Dean");
        }
        JsonObject event = admin.createEvent(name + " group " + run, null, candidates);
        long id = event.getJsonNumber("id").longValue();
        admin.ok(
                "POST",
                "/events/" + id + "/groups",
                "{\"candidate_ids\":" + java.util.Arrays.toString(candidates).replace(" ", "") + "}");
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        phone.next("current_candidate", WAIT);
        return new GroupedEvent(id, candidates, phone);
    }

    /** The peers a confirmation names, in order, after checking each got {@code type}. */
    private static List<Long> autoVoted(JsonObject confirmed, String type) {
        JsonArray automatic = confirmed.getJsonArray("auto_voted_candidates");
        automatic.forEach(peer -> assertEquals(type, peer.asJsonObject().getString("vote_type"), peer.toString()));
        return automatic.stream()
                .map(peer -> peer.asJsonObject().getJsonNumber("candidate_id").longValue())
                .toList();
    }

    @Test
    void aConnectedVoterIsRefusedOnceTheEventIsResetStoppedOrMovedOn() throws Exception {
        long first = admin.createCandidate("Rules A " + run, "Dean");
        long second = admin.createCandidate("Rules B " + run, "Dean");
        JsonObject event = admin.createEvent("Rules " + run, null, first, second);
        long id = event.getJsonNumber("id").longValue();
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        phone.next("current_candidate", WAIT);
        assertEquals(
                "not_open",
                phone.ask(vote("yes", "rules-" + run, second), "error").getString("code"),
                "a candidate neither current nor a group peer");
        phone.ask(vote("yes", "rules-" + run, first), "vote_confirmed");

        admin.action(id, "reset");
        assertEquals(
                List.of(first, second), longs(phone.next("votes_cleared", WAIT).getJsonArray("candidate_ids")));
        assertEquals(
                "not_started",
                phone.ask(vote("no", "rules-" + run, first), "error").getString("code"));
        assertEquals(
                0,
                admin.okArray("GET", "/events/" + id + "/results")
                        .getJsonObject(0)
                        .getInt("participants"));

        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        phone.ask(vote("no", "rules-" + run, first), "vote_confirmed");
        admin.action(id, "stop");
        assertEquals(
                "finished",
                phone.ask(vote("no", "other-" + run, first), "error").getString("code"));
        assertEquals(
                1,
                admin.okArray("GET", "/events/" + id + "/results")
                        .getJsonObject(0)
                        .getInt("participants"));
    }

    @Test
    void clearingACandidateClearsItsGroupForVotersDisplaysAndResults() throws Exception {
        long first = admin.createCandidate("Clear A " + run, "Dean");
        long second = admin.createCandidate("Clear B " + run, "Dean");
        long third = admin.createCandidate("Clear C " + run, "Dean");
        long alone = admin.createCandidate("Clear D " + run, "Rector");
        JsonObject event = admin.createEvent("Clear " + run, null, first, second, third, alone);
        long id = event.getJsonNumber("id").longValue();
        admin.ok(
                "POST",
                "/events/" + id + "/groups",
                "{\"candidate_ids\":[" + first + "," + second + "," + third + "]}");
        admin.action(id, "start");
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.getString("link")));
        WebSocketProbe screen = WebSocketProbe.connect(display(event.getString("link")));
        phone.next("current_candidate", WAIT);
        assertEquals(
                2,
                phone.ask(vote("neutral", "clear-" + run, second), "vote_confirmed")
                        .getJsonArray("auto_voted_candidates")
                        .size(),
                "a neutral for one of three is neutral for all");
        awaitDisplayTally(screen, 1);

        JsonObject cleared = admin.ok("DELETE", "/events/" + id + "/votes?candidate_id=" + first, null);
        assertEquals(List.of(first, second, third), longs(cleared.getJsonArray("candidate_ids")));
        assertEquals(
                List.of(first, second, third),
                longs(phone.next("votes_cleared", WAIT).getJsonArray("candidate_ids")));
        assertEquals(0, awaitDisplayTally(screen, 0).getInt("total"), "the display shows the cleared count");
        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        for (int i = 0; i < 3; i++) {
            assertResult(results.getJsonObject(i), List.of(first, second, third).get(i), 0, 0, 0, false);
        }
        phone.ask(vote("yes", "clear-" + run, third), "vote_confirmed");
        awaitAuditConsistent(id);
    }

    @Test
    void aHiddenTallyReachesNeitherDisplaysNorVotersWhileVotingRunsButTheAdminSeesIt() throws Exception {
        StartedEvent event = startedEvent("Hidden", "\"duration_sec\":30,\"hide_tally\":true");
        long id = event.id();
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
        WebSocketProbe screen = WebSocketProbe.connect(display(event.link()));
        phone.next("current_candidate", WAIT);
        phone.ask(vote("yes", "hidden-" + run, null), "vote_confirmed");
        WebSocketProbe.connect(voter(event.link())).ask(vote("no", "hidden2-" + run, null), "vote_confirmed");
        screen.clear();
        screen.send("update");
        JsonObject shown = screen.next("display_update", WAIT).getJsonObject("data");
        assertTrue(shown.getBoolean("tally_hidden"));
        assertEquals(JsonValue.NULL, shown.get("vote_results"));
        assertEquals(JsonValue.NULL, shown.get("total_voters"), "the number of voters is a tally too");
        String frame;
        while ((frame = phone.nextFrame(Duration.ofMillis(1_500))) != null) {
            assertFalse(frame.contains("tally_update"), "a voter got a tally while it is hidden: " + frame);
        }
        assertResult(
                admin.okArray("GET", "/events/" + id + "/results").getJsonObject(0), event.candidate(), 1, 1, 0, false);
    }

    @Test
    void oneVotePerAddressRefusesASecondDeviceFromTheSameAddress() throws Exception {
        StartedEvent event = startedEvent("Address", "\"duration_sec\":30,\"one_vote_per_ip\":true");
        long id = event.id();
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
        WebSocketProbe laptop = WebSocketProbe.connect(voter(event.link()));
        phone.ask(vote("yes", "phone-" + run, null), "vote_confirmed");
        JsonObject refused = laptop.ask(vote("no", "laptop-" + run, null), "error");
        assertEquals("duplicate", refused.getString("code"), "both come from 127.0.0.1");
        assertEquals(
                1,
                admin.okArray("GET", "/events/" + id + "/results")
                        .getJsonObject(0)
                        .getInt("participants"));
    }

    @Test
    void badFramesGetErrorsAndTheConnectionAndOtherVotersCarryOn() throws Exception {
        StartedEvent event = startedEvent("Robust");
        long id = event.id();
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
        WebSocketProbe bystander = WebSocketProbe.connect(voter(event.link()));
        assertEquals(
                "Message is not valid JSON", phone.ask("not json {", "error").getString("message"));
        assertEquals(
                "Message must be a JSON object", phone.ask("[1,2]", "error").getString("message"));
        assertEquals(
                "Missing field: type",
                phone.ask("{\"vote_type\":\"yes\"}", "error").getString("message"));
        assertEquals(
                "Unknown message type: dance",
                phone.ask("{\"type\":\"dance\"}", "error").getString("message"));
        assertTrue(phone.ask("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(3000) + "\"}", "error")
                .getString("message")
                .startsWith("Message too large"));
        assertEquals(
                "Field candidate_id must be a whole number",
                phone.ask(
                                "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"device_id\":\"d\",\"candidate_id\":true}",
                                "error")
                        .getString("message"));
        assertEquals(
                "Field vote_type must be a string",
                phone.ask("{\"type\":\"cast_vote\",\"vote_type\":1,\"device_id\":\"d\"}", "error")
                        .getString("message"));
        assertEquals(
                "Missing field: vote_type",
                phone.ask("{\"type\":\"cast_vote\",\"device_id\":\"d\"}", "error")
                        .getString("message"));
        assertEquals(
                "Invalid vote_type 'maybe': use yes, no or neutral",
                phone.ask(vote("maybe", "d-" + run, null), "error").getString("message"));
        assertEquals(
                "Missing field: device_id",
                phone.ask("{\"type\":\"cast_vote\",\"vote_type\":\"yes\"}", "error")
                        .getString("message"));
        assertEquals(
                "Candidate 999999999 is not in this event",
                phone.ask(vote("yes", "d-" + run, 999_999_999L), "error").getString("message"));
        assertEquals(
                "Field candidate_id is out of range",
                phone.ask(
                                "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"device_id\":\"d\",\"candidate_id\":18446744073709551623}",
                                "error")
                        .getString("message"));
        assertEquals(
                "device_id must not contain control characters",
                phone.ask("{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"device_id\":\"d\\u0000\"}", "error")
                        .getString("message"));
        assertEquals("pong", phone.ask("{\"type\":\"ping\"}", "pong").getString("type"));
        bystander.ask(vote("yes", "bystander-" + run, null), "vote_confirmed");
        phone.ask(vote("no", "phone-" + run, null), "vote_confirmed");
    }

    @Test
    void refusedSocketsGetTheirCodesAndLeaveTheHandshakesAfterThemIntact() throws Exception {
        long candidate = admin.createCandidate("Refusals " + run, "Dean");
        String pending = admin.createEvent("Not yet " + run, null, candidate).getString("link");
        JsonObject running = admin.createEvent("Running " + run, null, candidate);
        admin.action(running.getJsonNumber("id").longValue(), "start");
        // Closing a refused socket from the server used to make Payara reuse the upgrade request while
        // serving it: about one handshake in 200 after a refusal hung or got the wrong Sec-WebSocket-Accept
        for (int round = 0; round < 100; round++) {
            assertEquals(
                    4004,
                    WebSocketProbe.connect(voter("unknown-" + run + round)).awaitCloseCode(WAIT));
            assertEquals(4003, WebSocketProbe.connect(voter(pending)).awaitCloseCode(WAIT));
            WebSocketProbe phone = WebSocketProbe.connect(voter(running.getString("link")));
            phone.next("current_candidate", WAIT);
            phone.close();
        }
    }

    @Test
    void deletingAFinishedEventClosesItsVotersAndDisplaysWith4004() throws Exception {
        StartedEvent event = startedEvent("Deleted");
        long id = event.id();
        WebSocketProbe phone = WebSocketProbe.connect(voter(event.link()));
        WebSocketProbe screen = WebSocketProbe.connect(display(event.link()));
        phone.next("current_candidate", WAIT);
        screen.next("display_update", WAIT);
        admin.action(id, "stop");
        assertEquals(204, admin.call("DELETE", "/events/" + id, null).statusCode());
        assertEquals(4004, phone.awaitCloseCode(WAIT));
        assertEquals(4004, screen.awaitCloseCode(WAIT));
    }

    @Test
    void metricsMoveByExactlyWhatAScriptedExchangeDid() throws Exception {
        StartedEvent event = startedEvent("Metered");
        long id = event.id();
        admin.ok("POST", "/events/" + id + "/timer", "{}");
        MetricsScrape before = scrape();

        WebSocketProbe first = WebSocketProbe.connect(voter(event.link()));
        WebSocketProbe second = WebSocketProbe.connect(voter(event.link()));
        assertEquals(4004, WebSocketProbe.connect(voter("unknown-" + run)).awaitCloseCode(WAIT));
        first.ask(vote("yes", "m1-" + run, null), "vote_confirmed");
        second.ask(vote("no", "m2-" + run, null), "vote_confirmed");
        first.ask(vote("no", "m1-" + run, null), "error");
        first.ask("{\"type\":\"dance\"}", "error");
        first.ask(vote("yes", "m3-" + run, 999_999_999L), "error");
        MetricsScrape after = scrape();

        assertEquals(2, delta(before, after, "ovoz_votes_total", "outcome=\"accepted\""));
        assertEquals(1, delta(before, after, "ovoz_votes_total", "outcome=\"duplicate\""));
        assertEquals(1, delta(before, after, "ovoz_frames_refused_total", "reason=\"invalid\""));
        assertEquals(1, delta(before, after, "ovoz_frames_refused_total", "reason=\"not_in_event\""));
        assertEquals(2, delta(before, after, "ovoz_connects_total", "kind=\"voter\""));
        assertEquals(
                2,
                delta(before, after, "ovoz_frame_writers_total", "mode=\"prepared\""),
                "both phones get frames encoded once, through Tyrus' raw-frame call");
        assertEquals(1, delta(before, after, "ovoz_refusals_total", "kind=\"voter\"", "reason=\"unknown_event\""));
        assertTrue(after.value("ovoz_connections", "kind=\"voter\"") >= 2);
        assertTrue(after.has("ovoz_vote_queue_depth"));
        assertTrue(after.value("ovoz_vote_batch_size_count") >= 2, "every batch is recorded");
    }

    @Test
    void wsStatsAnswersInTheOldShape() throws Exception {
        long candidate = admin.createCandidate("Stats " + run, "Dean");
        JsonObject event = admin.createEvent("Stats " + run, null, candidate);
        admin.action(event.getJsonNumber("id").longValue(), "start");
        WebSocketProbe.connect(voter(event.getString("link"))).next("current_candidate", WAIT);
        WebSocketProbe.connect(display(event.getString("link"))).next("display_update", WAIT);
        var response = endpoints.get("/ws-stats");
        assertEquals(200, response.statusCode());
        JsonObject stats = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .readObject();
        assertTrue(stats.getInt("total_vote_connections") >= 1, response.body());
        assertTrue(stats.getInt("total_display_connections") >= 1, response.body());
        assertTrue(stats.getInt("events_with_vote_connections") >= 1, response.body());
        assertTrue(stats.getInt("events_with_display_connections") >= 1, response.body());
        JsonObject system = stats.getJsonObject("system");
        for (String field : List.of("cpu_percent", "memory_mb", "open_files", "threads", "connections")) {
            assertTrue(system.containsKey(field), field + " in " + response.body());
        }
        assertTrue(system.getJsonNumber("open_files").longValue() > 0);
    }

    @Test
    void openApiDocumentsTheAdminApiWithItsErrors() throws Exception {
        var response = endpoints.get("/openapi");
        assertEquals(200, response.statusCode());
        String document = response.body();
        for (String expected : List.of(
                "/api/events/{id}/next",
                "/api/events/{id}/timer",
                "/api/candidates",
                "\"409\"",
                "Not allowed in the current state",
                "basic")) {
            assertTrue(document.contains(expected), expected + " missing from /openapi");
        }
        // The common errors are described once, for every operation they apply to, each with its JSON body
        OpenApiDocument openApi = OpenApiDocument.of(endpoints);
        assertEquals(
                Map.of("400", "ErrorBody", "401", "", "404", "ErrorBody", "409", "ErrorBody"),
                openApi.errors("/api/events/{id}/start", "POST"));
        assertEquals(Map.of("401", "", "404", "ErrorBody"), openApi.errors("/api/events/{id}/results", "GET"));
        assertEquals(Map.of("401", "", "400", "ErrorBody", "409", "ErrorBody"), openApi.errors("/api/events", "POST"));
        assertEquals("No such event", openApi.description("/api/events/{id}/results", "GET", "404"));
        assertEquals(Set.of("error"), openApi.schemaProperties("ErrorBody"));
    }

    @Test
    void openApiDocumentNamesTheFieldsTheApiReallySends() throws Exception {
        long candidate = admin.createCandidate("Documented " + run, "Rector");
        JsonObject event = admin.createEvent("Documented event " + run, null, candidate);
        long id = event.getJsonNumber("id").longValue();
        admin.ok("POST", "/events/" + id + "/codes", "{\"count\": 2}");
        admin.action(id, "start");
        OpenApiDocument openApi = OpenApiDocument.of(endpoints);

        assertEquals("Ovoz API", openApi.title());
        assertTrue(
                openApi.schemaNames().stream().noneMatch(name -> name.endsWith("Backing")),
                "backing beans among the schemas: " + openApi.schemaNames());
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        answers.put("/api/events/{id}", admin.ok("GET", "/events/" + id, null));
        answers.put("/api/candidates/{id}", admin.ok("GET", "/candidates/" + candidate, null));
        answers.put(
                "/api/events/{id}/results",
                admin.okArray("GET", "/events/" + id + "/results").getJsonObject(0));
        answers.put("/api/events/{id}/audit", admin.ok("GET", "/events/" + id + "/audit", null));
        answers.put("/api/events/{id}/codes", admin.ok("GET", "/events/" + id + "/codes", null));
        answers.put("/api/me", admin.ok("GET", "/me", null));
        assertTrue(answers.get("/api/events/{id}").containsKey("duration_sec"), answers.toString());
        answers.forEach((path, answer) -> {
            Set<String> documented = openApi.responseProperties(path, "GET");
            assertTrue(
                    documented.containsAll(answer.keySet()),
                    "GET " + path + " sends " + answer.keySet() + ", the document says " + documented);
        });
        JsonObject place =
                answers.get("/api/events/{id}").getJsonArray("candidates").getJsonObject(0);
        assertTrue(
                openApi.schemaProperties("Place").containsAll(place.keySet()),
                place.keySet().toString());
    }

    @Test
    void votersVoteFromTheirPhonePagesAndTheDisplayShowsTheTally() throws Exception {
        long first = admin.createCandidate("Page candidate " + run, "Rector");
        long second = admin.createCandidate("Next candidate " + run, "Dean");
        JsonObject event = admin.createEvent("Page event " + run, null, first, second);
        long id = event.getJsonNumber("id").longValue();
        String link = event.getString("link");
        admin.action(id, "start");
        WebDriver display = Browser.start();
        WebDriver phoneOne = Browser.start();
        WebDriver phoneTwo = Browser.start();
        try {
            display.get(endpoints.http("/display/" + link).toString());
            phoneOne.get(endpoints.http("/vote/" + link).toString());
            phoneTwo.get(endpoints.http("/vote/" + link).toString());
            new WebDriverWait(display, WAIT).until(ExpectedConditions.textToBe(By.id("name"), "Page candidate " + run));
            admin.ok("POST", "/events/" + id + "/timer", "{}");
            VoterPage.vote(phoneOne, "yes", WAIT);
            VoterPage.vote(phoneTwo, "no", WAIT);
            new WebDriverWait(display, WAIT).until(ExpectedConditions.textToBe(By.id("total"), "2"));
            // The same phone, its page reloaded, taps yes: the server answers with the no on record
            phoneTwo.navigate().refresh();
            VoterPage.vote(phoneTwo, "yes", WAIT);
            new WebDriverWait(phoneTwo, WAIT)
                    .until(ExpectedConditions.textToBe(By.id("confirmation"), "Your vote has been counted: No"));
            assertEquals(
                    "1", display.findElement(By.cssSelector(".bar.yes .count")).getText());
            assertEquals(
                    "1", display.findElement(By.cssSelector(".bar.no .count")).getText());
            Browser.screenshot(phoneOne, "vote-page");
            Browser.screenshot(display, "display-page");
            admin.action(id, "next");
            new WebDriverWait(phoneOne, WAIT)
                    .until(d -> d.findElement(By.id("ballot")).getAttribute("hidden") != null);
            new WebDriverWait(display, WAIT).until(ExpectedConditions.textToBe(By.id("name"), "Next candidate " + run));
        } finally {
            display.quit();
            phoneOne.quit();
            phoneTwo.quit();
        }
        JsonArray results = admin.okArray("GET", "/events/" + id + "/results");
        assertResult(results.getJsonObject(0), first, 1, 1, 0, false);
    }

    @Test
    void aPhoneVoterAnswersAWholeGroupOnOneScreenAndSeesTheFinalResults() throws Exception {
        long first = admin.createCandidate("Ballot A " + run, "Dean of law");
        long second = admin.createCandidate("Ballot B " + run, "Dean of law");
        long third = admin.createCandidate("Ballot C " + run, "Dean of law");
        JsonObject event = admin.createEvent("Ballot event " + run, null, first, second, third);
        long id = event.getJsonNumber("id").longValue();
        String link = event.getString("link");
        admin.ok(
                "POST",
                "/events/" + id + "/groups",
                "{\"candidate_ids\":[" + first + "," + second + "," + third + "]}");
        admin.action(id, "start");
        WebDriver phone = Browser.start();
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(endpoints.http("/vote/" + link).toString());
            // Before the countdown: a waiting screen naming the whole group, the full length as mm:ss
            WebElement waiting = new WebDriverWait(phone, WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting")));
            new WebDriverWait(phone, WAIT).until(d -> waiting.getText().contains("Ballot C " + run));
            assertTrue(
                    waiting.getText().contains("Ballot A " + run)
                            && waiting.getText().contains("Ballot B " + run),
                    waiting.getText());
            assertTrue(
                    phone.findElement(By.id("countdown")).getText().matches("\\d\\d:\\d\\d"),
                    phone.findElement(By.id("countdown")).getText());
            assertFalse(phone.findElement(By.id("ballot")).isDisplayed(), "no buttons before the countdown");
            PageChecks.accessible(phone, true);
            Browser.screenshot(phone, "vote-phone-waiting");

            admin.ok("POST", "/events/" + id + "/timer", "{\"duration_sec\":120}");
            new WebDriverWait(phone, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot")));
            new WebDriverWait(phone, WAIT)
                    .until(d -> Set.of("02:00", "01:59", "01:58")
                            .contains(d.findElement(By.id("countdown")).getText()));
            assertEquals(
                    3,
                    phone.findElements(By.cssSelector("#rows [data-candidate]")).size(),
                    "every candidate of the group on one screen");
            // A no concerns its candidate only: the others stay open
            row(phone, second).findElement(By.cssSelector("button.no")).click();
            new WebDriverWait(phone, WAIT).until(d -> "Your vote has been counted: No".equals(confirmation(d, second)));
            assertTrue(
                    row(phone, first).findElement(By.cssSelector("button.yes")).isEnabled());
            assertTrue(
                    row(phone, third).findElement(By.cssSelector("button.yes")).isEnabled());
            // A yes to one decides the group: the server's automatic no shows on the rest
            row(phone, third).findElement(By.cssSelector("button.yes")).click();
            new WebDriverWait(phone, WAIT).until(d -> "Your vote has been counted: Yes".equals(confirmation(d, third)));
            new WebDriverWait(phone, WAIT).until(d -> "Your vote has been counted: No".equals(confirmation(d, first)));
            assertFalse(
                    row(phone, first).findElement(By.cssSelector("button.yes")).isEnabled());
            assertEquals(
                    "true",
                    row(phone, third).findElement(By.cssSelector("button.yes")).getAttribute("aria-pressed"));
            PageChecks.accessible(phone, true);
            Browser.screenshot(phone, "vote-phone-group-ballot");

            admin.action(id, "next");
            assertEquals(
                    "finished",
                    admin.ok("GET", "/events/" + id, null).getString("status"),
                    "next ends the group, the last one");
            new WebDriverWait(phone, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
            assertResultCounts(phone, "Ballot C " + run, List.of("1", "0", "0"));
            assertResultCounts(phone, "Ballot A " + run, List.of("0", "1", "0"));
            assertResultCounts(phone, "Ballot B " + run, List.of("0", "1", "0"));
            assertFalse(phone.findElement(By.id("ballot")).isDisplayed(), "no buttons once the event is over");
            assertFalse(
                    phone.findElement(By.id("code-form")).isDisplayed(), "no code asked for an event without codes");
            PageChecks.accessible(phone, true);
            Browser.screenshot(phone, "vote-phone-final-results");

            // A phone that opens the page after the end is turned away by the voter channel and still sees the table
            phone.navigate().refresh();
            new WebDriverWait(phone, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
            assertResultCounts(phone, "Ballot C " + run, List.of("1", "0", "0"));
        } catch (RuntimeException | AssertionError e) {
            Browser.keepFailure(phone, "vote-phone-failure");
            throw e;
        } finally {
            phone.quit();
        }
    }

    @Test
    void aHallDisplayGoesFromTheQrCodeToTheFinalTable() throws Exception {
        long first = admin.createCandidate("Hall A " + run, "Rector");
        JsonObject event = admin.createEvent("Hall event " + run, null, first);
        long id = event.getJsonNumber("id").longValue();
        String link = event.getString("link");
        var qr = endpoints.get("/qr/" + link + ".svg");
        assertEquals(200, qr.statusCode());
        assertTrue(qr.body().startsWith("<svg"), qr.body());
        assertEquals(
                404,
                endpoints.get("/qr/nosuch" + run + ".svg").statusCode(),
                "no code for a link the server does not know");
        WebDriver display = Browser.start();
        try {
            display.manage().window().setSize(new Dimension(1920, 1080));
            display.get(endpoints.http("/display/" + link).toString());
            new WebDriverWait(display, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("join")));
            new WebDriverWait(display, WAIT)
                    .until(d -> d.findElement(By.id("short-link")).getText().endsWith("/vote/" + link));
            new WebDriverWait(display, WAIT)
                    .until(d -> ((Number) ((JavascriptExecutor) d)
                                            .executeScript("return document.getElementById('qr').naturalWidth"))
                                    .intValue()
                            > 0);
            PageChecks.accessible(display, false);
            Browser.screenshot(display, "display-qr-1080p");

            admin.action(id, "start");
            new WebDriverWait(display, WAIT).until(ExpectedConditions.textToBe(By.id("name"), "Hall A " + run));
            assertFalse(display.findElement(By.id("join")).isDisplayed(), "the QR code leaves once the event runs");
            admin.ok("POST", "/events/" + id + "/timer", "{\"duration_sec\":120}");
            new WebDriverWait(display, WAIT)
                    .until(d -> Set.of("02:00", "01:59", "01:58")
                            .contains(d.findElement(By.id("countdown")).getText()));
            WebSocketProbe phone = WebSocketProbe.connect(voter(link));
            phone.ask(vote("yes", "hall-" + run, null), "vote_confirmed");
            new WebDriverWait(display, WAIT).until(ExpectedConditions.textToBe(By.cssSelector(".bar.yes .count"), "1"));
            Browser.screenshot(display, "display-live-1080p");

            admin.action(id, "next");
            new WebDriverWait(display, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("final")));
            List<String> cells = Browser.texts(display, "#final-rows tr td");
            assertEquals("Hall A " + run, cells.get(1), cells.toString());
            assertTrue(cells.get(3).startsWith("1 "), cells.toString());
            assertFalse(display.findElement(By.id("join")).isDisplayed());
            PageChecks.accessible(display, false);
            Browser.screenshot(display, "display-final-1080p");
            display.manage().window().setSize(new Dimension(3840, 2160));
            Browser.screenshot(display, "display-final-4k");
        } catch (RuntimeException | AssertionError e) {
            Browser.keepFailure(display, "display-failure");
            throw e;
        } finally {
            display.quit();
        }
    }

    private static WebElement row(WebDriver phone, long candidateId) {
        return phone.findElement(By.cssSelector("#rows [data-candidate='" + candidateId + "']"));
    }

    private static String confirmation(WebDriver phone, long candidateId) {
        WebElement confirmed = row(phone, candidateId).findElement(By.cssSelector(".confirmed"));
        return confirmed.isDisplayed() ? confirmed.getText() : "";
    }

    /** The page rebuilds the table on every render, so a row is read in one script call until it settles. */
    private static void assertResultCounts(WebDriver phone, String name, List<String> expected) {
        try {
            new WebDriverWait(phone, WAIT).until(d -> expected.equals(resultCounts(d, name)));
        } catch (TimeoutException e) {
            assertEquals(expected, resultCounts(phone, name), "result row of " + name);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> resultCounts(WebDriver phone, String name) {
        return (List<String>) ((JavascriptExecutor) phone)
                .executeScript(
                        "const row = [...document.querySelectorAll('#result-rows tr')]"
                                + ".find((tr) => tr.querySelector('th').textContent === arguments[0]);"
                                + "return row ? [...row.querySelectorAll('td')].slice(0, 3)"
                                + ".map((td) => td.textContent) : null;",
                        name);
    }

    private MetricsScrape scrape() throws Exception {
        var response = endpoints.get("/metrics");
        assertEquals(200, response.statusCode());
        return new MetricsScrape(response.body());
    }

    private static long delta(MetricsScrape before, MetricsScrape after, String metric, String... labels) {
        return Math.round(after.value(metric, labels) - before.value(metric, labels));
    }

    private static void assertResult(JsonObject row, long candidateId, int yes, int no, int neutral, boolean passed) {
        assertEquals(candidateId, row.getJsonNumber("candidate_id").longValue());
        assertEquals(yes, row.getInt("yes"), row.toString());
        assertEquals(no, row.getInt("no"), row.toString());
        assertEquals(neutral, row.getInt("neutral"), row.toString());
        assertEquals(yes + no + neutral, row.getInt("participants"), row.toString());
        assertEquals(passed, row.getBoolean("passed"), row.toString());
    }

    private static JsonObject awaitDisplayTally(WebSocketProbe screen, int total) throws InterruptedException {
        while (true) {
            JsonObject data = screen.next("display_update", WAIT).getJsonObject("data");
            JsonValue results = data.get("vote_results");
            if (results instanceof JsonObject counts && counts.getInt("total") == total) {
                return counts;
            }
        }
    }

    private static JsonObject awaitFinalResults(WebSocketProbe screen) throws InterruptedException {
        while (true) {
            JsonObject data = screen.next("display_update", WAIT).getJsonObject("data");
            if (!data.getJsonArray("final_results").isEmpty()) {
                assertNotNull(data.getString("event_status"));
                return data;
            }
        }
    }

    /** {@code vote_confirmed}, or the error's code: the answer to the vote, whichever comes. */
    private static String firstAnswer(WebSocketProbe phone) throws InterruptedException {
        while (true) {
            String frame = phone.nextFrame(Duration.ofSeconds(15));
            if (frame == null) {
                throw new AssertionError("a vote got no answer within 15 s");
            }
            JsonObject answer = AdminApi.json(frame);
            if ("vote_confirmed".equals(answer.getString("type", null))) {
                return "vote_confirmed";
            }
            if ("error".equals(answer.getString("type", null))) {
                return answer.getString("code");
            }
        }
    }

    private record StartedEvent(long id, long candidate, String link) {}

    /** A running event with one candidate, the name telling the test's events apart. */
    private StartedEvent startedEvent(String name) throws Exception {
        return startedEvent(name, null);
    }

    /** One candidate, the event's settings as JSON members (or the defaults), started. */
    private StartedEvent startedEvent(String name, String settings) throws Exception {
        long candidate = admin.createCandidate(name + " " + run, "Dean");
        JsonObject event = admin.createEvent(name + " " + run, settings, candidate);
        long id = event.getJsonNumber("id").longValue();
        admin.action(id, "start");
        return new StartedEvent(id, candidate, event.getString("link"));
    }

    private java.net.URI voter(String link) {
        return endpoints.ws("/ws/vote/" + link);
    }

    private java.net.URI display(String link) {
        return endpoints.ws("/ws/display/" + link);
    }

    /** Displays may be one tally publication behind a commit: the audit agrees within a few of them. */
    private void awaitAuditConsistent(long id) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonObject audit;
        while (!(audit = admin.ok("GET", "/events/" + id + "/audit", null)).getBoolean("consistent")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the audit still finds differences: " + audit);
            }
            Thread.sleep(100);
        }
    }

    private static List<Long> longs(JsonArray numbers) {
        return numbers.stream()
                .map(number -> ((jakarta.json.JsonNumber) number).longValue())
                .toList();
    }

    private static String vote(String type, String device, Long candidateId) {
        return "{\"type\":\"cast_vote\",\"vote_type\":\"" + type + "\",\"device_id\":\"" + device + "\",\"nonce\":\"n-"
                + device + "\"" + (candidateId == null ? "" : ",\"candidate_id\":" + candidateId) + "}";
    }

    private static String enterCode(String code, String device) {
        return "{\"type\":\"enter_code\",\"code\":\"" + code + "\",\"device_id\":\"" + device + "\"}";
    }
}
