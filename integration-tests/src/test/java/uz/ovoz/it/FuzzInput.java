package uz.ovoz.it;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generated hostile input, each piece wrong by construction: whatever else it holds, at least one
 * thing in it must be refused, so a server that takes it has changed data it should not have. The
 * same seed gives the same input, so a failure can be replayed.
 */
final class FuzzInput {

    private static final List<String> JUNK = List.of(
            "",
            " ",
            "null",
            "[]",
            "{}",
            "\"\"",
            "0",
            "-1",
            "1e400",
            "99999999999999999999999",
            "{\"type\":",
            "{\"type\":\"cast_vote\"",
            "\u0000",
            "\uFFFF",
            "\uD83D\uDE00",
            "<script>alert(1)</script>",
            "'; DROP TABLE votes; --",
            "../../etc/passwd",
            "%00",
            "\\u0000",
            "{\"__proto__\":{}}",
            "[".repeat(5000),
            "{\"a\":".repeat(2000),
            "\"" + "x".repeat(70_000) + "\"");

    private final Random random;

    FuzzInput(long seed) {
        this.random = new Random(seed);
    }

    /** A voter frame that must be refused: a vote never counted, a code never redeemed. */
    String voterFrame(long candidateNotInEvent, long currentCandidate) {
        String device = "\"device_id\":\"fz-" + random.nextInt(1_000_000) + "\"";
        return pick(List.<Function<Void, String>>of(
                v -> junk(),
                v -> "{\"type\":" + value() + "}",
                v -> "{\"type\":\"" + word() + "\"," + device + "}",
                v -> "{\"type\":\"cast_vote\",\"vote_type\":" + notAVoteType() + ",\"candidate_id\":" + currentCandidate
                        + "," + device + "}",
                v -> "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"candidate_id\":" + candidateNotInEvent + ","
                        + device + "}",
                v -> "{\"type\":\"cast_vote\",\"vote_type\":\"no\",\"candidate_id\":" + badId() + "," + device + "}",
                v -> "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"candidate_id\":" + currentCandidate
                        + ",\"device_id\":" + badText() + "}",
                v -> "{\"type\":\"enter_code\",\"code\":" + value() + "," + device + "}",
                v -> "{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"candidate_id\":" + currentCandidate + "," + device
                        + ",\"nonce\":\"" + "n".repeat(3000) + "\"}"));
    }

    /** Anything at all: a display only reads. */
    String displayFrame() {
        return random.nextBoolean() ? junk() : "{\"type\":" + value() + ",\"candidate_id\":" + badId() + "}";
    }

    /** A chat frame that must be refused: nothing stored, nobody's room entered. */
    String chatFrame(long ownRoom, long foreignRoom) {
        String id = ",\"clientMsgId\":\"fz-" + random.nextInt(1_000_000) + "\"";
        return pick(List.<Function<Void, String>>of(
                v -> junk(),
                v -> "{\"type\":" + value() + ",\"roomId\":" + ownRoom + "}",
                v -> "{\"type\":\"send_message\",\"roomId\":" + foreignRoom + ",\"content\":\"hi\"" + id + "}",
                v -> "{\"type\":\"join_room\",\"roomId\":" + foreignRoom + id + "}",
                v -> "{\"type\":\"send_message\",\"roomId\":" + badId() + ",\"content\":\"hi\"" + id + "}",
                v -> "{\"type\":\"send_message\",\"roomId\":" + ownRoom + ",\"content\":" + emptyOrHuge() + id + "}",
                v -> "{\"type\":\"send_message\",\"roomId\":" + ownRoom + ",\"content\":\"a\\u0000b\"" + id + "}",
                v -> "{\"type\":\"send_message\",\"roomId\":" + ownRoom + ",\"content\":\"hi\",\"clientMsgId\":"
                        + badClientMsgId() + "}"));
    }

    /**
     * A request body for a JSON resource that no resource may accept. Bodies stay under 20,000
     * characters: a 70,000-character body to a path whose id names nothing got no answer within 10 s
     * (docs/reliability.md, open findings).
     */
    String jsonBody() {
        return pick(List.<Function<Void, String>>of(
                v -> {
                    String junk = junk();
                    return junk.length() > 20_000 ? junk.substring(0, 20_000) : junk;
                },
                v -> "[" + value() + "]",
                v -> "{\"name\":" + emptyOrHuge() + ",\"duration_sec\":" + badNumber() + "}",
                v -> "{\"full_name\":" + blankOrHuge() + "}",
                v -> "{\"candidate_id\":" + badId() + ",\"index\":" + badNumber() + ",\"count\":" + badNumber() + "}",
                v -> "{\"candidate_ids\":[" + badId() + "," + badId() + "]}",
                v -> "{\"username\":" + badText() + ",\"password\":\"\"}",
                v -> "{\"users\":" + value() + "}",
                v -> "{\"usernames\":[" + badText() + "]}"));
    }

    String contentType() {
        return pick(List.<Function<Void, String>>of(
                v -> "application/json",
                v -> "text/plain",
                v -> "application/xml",
                v -> "application/x-www-form-urlencoded",
                v -> "application/json; charset=latin-7",
                v -> "*/*"));
    }

    /** A path parameter where an id belongs that names nothing. */
    String badPathId() {
        return pick(List.<Function<Void, String>>of(
                v -> "abc",
                v -> "-1",
                v -> "0",
                v -> "99999999999999999999",
                v -> "9223372036854775807",
                v -> "1.5",
                v -> "%00",
                v -> "..%2F..%2Fapi"));
    }

    private String junk() {
        return JUNK.get(random.nextInt(JUNK.size()));
    }

    private String value() {
        return pick(List.<Function<Void, String>>of(
                v -> "null",
                v -> "true",
                v -> "123",
                v -> "-0.5",
                v -> "[]",
                v -> "{}",
                v -> "\"" + word() + "\"",
                v -> "1e308"));
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        // never a type, vote or frame name the server knows
        return "zz" + word;
    }

    private String notAVoteType() {
        return pick(List.<Function<Void, String>>of(
                v -> "\"YES\"",
                v -> "\"yes \"",
                v -> "\"maybe\"",
                v -> "1",
                v -> "null",
                v -> "[\"yes\"]",
                v -> "\"" + word() + "\""));
    }

    /** Never null or absent: a vote without a candidate is a vote for the current one. */
    private String badId() {
        return pick(List.<Function<Void, String>>of(
                v -> "-1",
                v -> "0",
                v -> "1.5",
                v -> "\"abc\"",
                v -> "18446744073709551617",
                v -> "9223372036854775807",
                v -> "1e30",
                v -> "[]"));
    }

    private String badNumber() {
        return pick(List.<Function<Void, String>>of(
                v -> "-5", v -> "-2147483649", v -> "2147483648", v -> "\"ten\"", v -> "1e30", v -> "[]"));
    }

    private String badText() {
        return pick(List.<Function<Void, String>>of(
                v -> "\"\"",
                v -> "\"a\\u0000b\"",
                v -> "\"line\\nbreak\"",
                v -> "\"" + "d".repeat(5000) + "\"",
                v -> "42",
                v -> "{}",
                v -> "\"\\u0007\""));
    }

    private String emptyOrHuge() {
        return pick(List.<Function<Void, String>>of(
                v -> "\"\"", v -> "\"   \"", v -> "\"" + "y".repeat(20_000) + "\"", v -> "null", v -> "17"));
    }

    private String blankOrHuge() {
        return pick(List.<Function<Void, String>>of(
                v -> "\"\"", v -> "\"   \"", v -> "\"" + "y".repeat(20_000) + "\"", v -> "null"));
    }

    private String badClientMsgId() {
        return pick(List.<Function<Void, String>>of(
                v -> "\"\"", v -> "\" \"", v -> "\"" + "k".repeat(500) + "\"", v -> "\"a\\u0001b\""));
    }

    private String pick(List<Function<Void, String>> choices) {
        return choices.get(random.nextInt(choices.size())).apply(null);
    }
}
