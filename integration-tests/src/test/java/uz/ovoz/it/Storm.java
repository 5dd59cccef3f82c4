package uz.ovoz.it;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Voters and chat users working one server at once, each a real WebSocket client on a thread of its
 * own that behaves as the pages do: when its socket drops it reconnects with backoff and sends again
 * what got no answer (the same device id, the same {@code clientMsgId}). It records what the server
 * acknowledged: a {@code vote_confirmed} (or, for a vote sent again, {@code already_voted}) and a
 * chat {@code ack} with the message's id.
 */
final class Storm {

    /** A vote as the database keys it: one per device and candidate. */
    record Ballot(String device, long candidateId) {}

    /** A chat message as the database keys it: one per sender and clientMsgId. */
    record Sent(String sender, String clientMsgId) {}

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(15);
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(180);

    final Set<Ballot> confirmed = ConcurrentHashMap.newKeySet();
    /** Each acknowledged message with the id its ack named. */
    final Map<Sent, Long> acked = new ConcurrentHashMap<>();
    /** Sent, then the socket dropped before the answer: sent again after the reconnect. */
    final Set<Ballot> votesCutOff = ConcurrentHashMap.newKeySet();

    final Set<Sent> messagesCutOff = ConcurrentHashMap.newKeySet();
    final AtomicInteger reconnects = new AtomicInteger();
    /** Answered "the server is busy" (a full queue, a stopping server): sent again, as a page does. */
    final AtomicInteger busy = new AtomicInteger();

    final List<String> refusals = new ArrayList<>();
    /** When each client last had an answer to a vote or message (System.nanoTime). */
    private final Map<String, Long> lastAnswer = new ConcurrentHashMap<>();

    private final Endpoints server;
    private final String run;
    private final Duration pace;
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;

    Storm(Endpoints server, String run, Duration pace) {
        this.server = server;
        this.run = run;
        this.pace = pace;
    }

    /** Starts {@code voters} voters on each event link (a new device id for each vote). */
    Storm voters(int voters, List<String> links) {
        for (String link : links) {
            for (int i = 0; i < voters; i++) {
                String devices = run + "-" + link.substring(0, Math.min(6, link.length())) + "-" + i + "-";
                start(() -> vote(link, devices));
            }
        }
        return this;
    }

    /** Starts one chat client per user, all sending to the room. */
    Storm chatters(List<ChatClient> users, long room) {
        for (ChatClient user : users) {
            start(() -> chat(user, room));
        }
        return this;
    }

    /** How many clients have had an answer to a vote or message since {@code nanos}. */
    int answeredSince(long nanos) {
        return (int) lastAnswer.values().stream().filter(at -> at - nanos > 0).count();
    }

    int confirmedCount() {
        return confirmed.size() + acked.size();
    }

    /** Lets each client finish the vote or message it is waiting on, then stops them all. */
    void finish() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(ANSWER_WAIT.multipliedBy(2).toMillis());
        }
    }

    private void start(Runnable client) {
        Thread thread = new Thread(client, "storm-" + clients.size());
        thread.setDaemon(true);
        clients.add(thread);
        thread.start();
    }

    private void vote(String link, String devices) {
        int next = 0;
        Ballot pending = null;
        boolean again = false;
        WebSocketProbe socket = null;
        while (running) {
            socket = connect(() -> WebSocketProbe.connect(server.ws("/ws/vote/" + link)), socket);
            JsonObject current = socket == null ? null : answer(socket, Set.of("current_candidate"));
            if (current == null || !(current.getJsonObject("data").get("candidate") instanceof JsonObject candidate)) {
                socket = dropped(socket);
                continue;
            }
            while (running || pending != null) {
                if (pending == null) {
                    pending = new Ballot(
                            devices + next++, candidate.getJsonNumber("id").longValue());
                    again = false;
                }
                JsonObject answer = send(socket, castVote(pending), Set.of("vote_confirmed", "already_voted", "error"));
                if (answer == null) {
                    votesCutOff.add(pending);
                    again = true;
                    socket = dropped(socket);
                    break;
                }
                if (busy(answer)) {
                    pause();
                    continue;
                }
                if ("vote_confirmed".equals(answer.getString("type"))) {
                    confirmed.add(pending);
                } else if ("duplicate".equals(answer.getString("code", ""))
                        || "already_voted".equals(answer.getString("type"))) {
                    // Stored before the socket dropped: as good as confirmed, and must be in the database
                    record(again, pending, answer);
                } else {
                    refused(answer);
                }
                pending = null;
                pause();
            }
        }
        if (socket != null) {
            socket.close();
        }
    }

    private void record(boolean again, Ballot ballot, JsonObject answer) {
        if (again) {
            confirmed.add(ballot);
        } else {
            refused(answer);
        }
    }

    private void chat(ChatClient user, long room) {
        int next = 0;
        Sent pending = null;
        WebSocketProbe socket = null;
        while (running) {
            socket = connect(user::connect, socket);
            if (socket == null || answer(socket, Set.of("ready")) == null) {
                socket = dropped(socket);
                continue;
            }
            while (running || pending != null) {
                if (pending == null) {
                    pending = new Sent(user.username, run + "-" + next++);
                }
                JsonObject answer = send(socket, sendMessage(room, pending), Set.of("ack", "error"));
                if (answer == null) {
                    messagesCutOff.add(pending);
                    socket = dropped(socket);
                    break;
                }
                if ("ack".equals(answer.getString("type"))) {
                    acked.put(pending, answer.getJsonNumber("id").longValue());
                    pending = null;
                } else if (!busy(answer)) {
                    // a rate limit: the page sends the same message again
                    refused(answer);
                }
                pause();
            }
        }
        if (socket != null) {
            socket.close();
        }
    }

    private interface Connect {
        WebSocketProbe open() throws Exception;
    }

    /** A socket given up on: the client will open a new one. */
    private WebSocketProbe dropped(WebSocketProbe socket) {
        if (socket != null) {
            reconnects.incrementAndGet();
            if (!socket.closed()) {
                socket.close();
            }
        }
        return null;
    }

    /** The socket if still open, else a new one, retried with backoff; null once stopped or given up. */
    private WebSocketProbe connect(Connect connect, WebSocketProbe socket) {
        if (socket != null && !socket.closed()) {
            return socket;
        }
        long backoff = 100;
        long deadline = System.nanoTime() + RECONNECT_WAIT.toNanos();
        while (running && System.nanoTime() < deadline) {
            try {
                return connect.open();
            } catch (Exception | AssertionError refused) {
                sleep(backoff);
                backoff = Math.min(backoff * 2, 2000);
            }
        }
        return null;
    }

    /** Sends a frame and returns the first answer of one of the types; null if the socket dropped first. */
    private JsonObject send(WebSocketProbe socket, String frame, Set<String> types) {
        try {
            socket.send(frame);
        } catch (Exception dropped) {
            return null;
        }
        JsonObject answer = answer(socket, types);
        if (answer != null) {
            lastAnswer.put(Thread.currentThread().getName(), System.nanoTime());
        }
        return answer;
    }

    private JsonObject answer(WebSocketProbe socket, Set<String> types) {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String frame = socket.nextFrame(Duration.ofMillis(100));
                if (frame != null) {
                    JsonObject json = AdminApi.json(frame);
                    if (types.contains(json.getString("type", ""))) {
                        return json;
                    }
                } else if (socket.closed()) {
                    return null;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        // no answer in time on an open socket: counted as cut off and sent again on a new socket
        return null;
    }

    /**
     * Whether the answer says "busy": not stored, send it again (the vote with the same device id, the
     * message with the same clientMsgId). "Could not be stored" is not such an answer: the server
     * failed to store something it had accepted.
     */
    private boolean busy(JsonObject answer) {
        if ("error".equals(answer.getString("type", ""))
                && answer.getString("message", "").startsWith("The server is busy")) {
            busy.incrementAndGet();
            return true;
        }
        return false;
    }

    private synchronized void refused(JsonObject answer) {
        refusals.add(answer.toString());
    }

    private void pause() {
        sleep(pace.toMillis());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static String castVote(Ballot ballot) {
        String[] types = {"yes", "no", "neutral"};
        return "{\"type\":\"cast_vote\",\"vote_type\":\""
                + types[Math.floorMod(ballot.device().hashCode(), 3)] + "\",\"device_id\":\"" + ballot.device()
                + "\",\"candidate_id\":" + ballot.candidateId() + "}";
    }

    private static String sendMessage(long room, Sent sent) {
        return "{\"type\":\"send_message\",\"roomId\":" + room + ",\"content\":\"storm " + sent.clientMsgId()
                + "\",\"clientMsgId\":\"" + sent.clientMsgId() + "\"}";
    }
}
