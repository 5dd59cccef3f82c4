package uz.ovoz.loadtest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import uz.ovoz.loadtest.Report;

/**
 * After the flood: reads every room's history through the REST API and checks that each acked
 * message is stored exactly once under its acked id, that nothing was stored twice, and that every
 * acked message reached every member of its room.
 */
final class ChatCheck {

    private final ChatApi api;
    private final ChatLedger ledger;

    ChatCheck(ChatApi api, ChatLedger ledger) {
        this.api = api;
        this.ledger = ledger;
    }

    void run(List<ChatUser> users, int sent, int[] members, Report report) {
        // acks still arriving while the history is read must not count as missing: check those acked before
        long[] ackedIds = new long[sent];
        for (int seq = 0; seq < sent; seq++) {
            ackedIds[seq] = ledger.id(seq);
        }
        Map<Integer, Integer> storedTimes = new HashMap<>();
        Map<Integer, Long> storedIds = new HashMap<>();
        AtomicLong stored = new AtomicLong();
        Map<Long, ChatUser> rooms = new HashMap<>();
        users.forEach(user -> rooms.putIfAbsent(user.roomId, user));
        rooms.forEach((roomId, member) -> read(member.token, roomId, storedTimes, storedIds, stored));
        List<String> problems = new ArrayList<>();
        long ackedMissing = 0;
        long wrongId = 0;
        long undelivered = 0;
        List<Integer> undeliveredSeqs = new ArrayList<>();
        for (int seq = 0; seq < sent; seq++) {
            long acked = ackedIds[seq];
            if (acked == 0) {
                continue;
            }
            Long id = storedIds.get(seq);
            if (id == null) {
                ackedMissing++;
            } else if (id != acked) {
                wrongId++;
            }
            if (ledger.deliveredTo(seq) != members[users.get(seq % users.size()).room]) {
                undelivered++;
                if (undeliveredSeqs.size() < 20) {
                    undeliveredSeqs.add(seq);
                }
            }
        }
        long storedTwice =
                storedTimes.values().stream().filter(times -> times > 1).count();
        report.put("messages_stored", stored.get())
                .put("acked_not_stored", ackedMissing)
                .put("stored_under_other_id", wrongId)
                .put("stored_twice", storedTwice)
                .put("acked_not_delivered_to_every_member", undelivered)
                // in send order: where in the flood the gaps were
                .put("not_delivered_first_seqs", undeliveredSeqs.toString());
        report.check(
                "every acked message stored once",
                ackedMissing == 0 && wrongId == 0 && storedTwice == 0,
                ackedMissing + " missing, " + wrongId + " under another id, " + storedTwice + " twice");
        report.check("every acked message delivered to every member", undelivered == 0, undelivered + " not");
    }

    private void read(
            String token, long roomId, Map<Integer, Integer> times, Map<Integer, Long> ids, AtomicLong stored) {
        long after = 0;
        while (true) {
            JsonNode page = api.history(token, roomId, after);
            for (JsonNode message : page) {
                String content = message.path("content").asText();
                int space = content.indexOf(' ');
                int seq = ChatLedger.seqOf(content, ledger.run + ":", space < 0 ? content.length() : space);
                if (seq >= 0) {
                    times.merge(seq, 1, Integer::sum);
                    ids.put(seq, message.path("id").asLong());
                    stored.incrementAndGet();
                }
                after = Math.max(after, message.path("id").asLong());
            }
            if (page.size() < 200) {
                return;
            }
        }
    }
}
