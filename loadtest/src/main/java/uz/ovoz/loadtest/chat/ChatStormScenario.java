package uz.ovoz.loadtest.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uz.ovoz.loadtest.Http;
import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Progress;
import uz.ovoz.loadtest.Report;
import uz.ovoz.loadtest.ServerCpu;
import uz.ovoz.loadtest.measure.CpuMeter;
import uz.ovoz.loadtest.measure.Pacer;
import uz.ovoz.loadtest.ws.Connector;
import uz.ovoz.loadtest.ws.WsClient;
import uz.ovoz.loadtest.ws.WsConnection;

/**
 * {@code chat-storm}: a level's users signed up, logged in, put into rooms and connected; then a
 * message flood at the level's rate for {@code --duration} seconds, each message timed to its ack
 * (sent after the commit) and to each member's delivery; then the history is checked.
 */
public final class ChatStormScenario {

    /** The wire form of a chat message, as the chat page sends it. */
    record SendMessage(String type, long roomId, String content, String clientMsgId) {}

    private ChatStormScenario() {}

    public static Report run(Options options) {
        ChatLevel level = ChatLevel.named(options.string("level", "quick"));
        int users = options.integer("users", level.users);
        int rooms = options.integer("rooms", level.rooms);
        double rate = options.decimal("rate", level.messagesPerSecond);
        int total = (int) (rate * options.decimal("duration", 20));
        String padding = "x".repeat(Math.max(0, options.integer("size", 64)));
        Report report = new Report("chat-storm " + level.name().toLowerCase());
        Http http = new Http(options.url());
        ChatApi api = new ChatApi(http);
        ChatLedger ledger = new ChatLedger(Long.toString(System.currentTimeMillis(), 36), total);
        List<ChatUser> members = IntStream.range(0, users)
                .mapToObj(i -> new ChatUser(i, i % rooms, ledger))
                .toList();
        report.put("level", level.name().toLowerCase())
                .put("users", users)
                .put("rooms", rooms)
                .put("target_messages_per_second", rate)
                .put("messages_to_send", total);

        long start = System.nanoTime();
        ChatSetup setup = new ChatSetup(api, options.integer("setup-parallel", 3));
        setup.users(members);
        report.put("signup_login_seconds", (System.nanoTime() - start) / 1e9);
        setup.rooms(members, rooms, ledger.run);
        try (WsClient client = new WsClient(options.integer("threads", 2))) {
            Connector connector = new Connector(
                    client,
                    options.string("mode", "concurrent"),
                    options.integer("in-flight", 200),
                    options.decimal("connect-rate", 1000));
            URI ws = URI.create(http.base().toString().replaceFirst("^http", "ws"));
            List<WsConnection> opened = connector.connect(
                    "chat users", i -> ws.resolve("/chat/ws?token=" + members.get(i).token), users, members::get);
            IntStream.range(0, users).forEach(i -> members.get(i).connection = opened.get(i));
            report.put("connect_seconds", connector.seconds())
                    .put("connected", connector.opened())
                    .put("connect_failures", Map.copyOf(connector.failures()));
            // The 101 answer can reach a client before the server has run the socket's open handler and
            // subscribed it to its rooms; a flood started at once would count those early messages as lost.
            boolean ready = Connector.await(() -> http.connections("chat") >= connector.opened(), 120);
            report.put("server_registered_all_sockets", ready);
            int[] online = new int[rooms];
            members.stream().filter(member -> member.connection != null).forEach(member -> online[member.room]++);
            ServerCpu serverCpu = new ServerCpu(http, options.integer("server-pid", 0));
            CpuMeter cpu = CpuMeter.against(serverCpu).idle(CpuMeter.idleCores(serverCpu, 3));
            cpu.start();
            flood(members, ledger, rate, total, padding);
            drain(ledger, total, members, online, options.decimal("drain-timeout", 60));
            cpu.stop();
            figures(ledger, total, options.decimal("max-refused-percent", 0), report);
            report.put("cpu_per_delivered_frame", cpu.perOperation(ledger.deliveredTotal()))
                    .put("cpu_per_acked_message", cpu.perOperation(ledger.acked.sum()));
            new ChatCheck(api, ledger).run(members, total, online, report);
            opened.stream().filter(connection -> connection != null).forEach(WsConnection::close);
        }
        return report;
    }

    private static void flood(List<ChatUser> members, ChatLedger ledger, double rate, int total, String padding) {
        try (Progress progress = new Progress(
                "flood",
                () -> String.format(
                        "acked %d, errors %d, delivered %d, ack %s, " + "delivery %s",
                        ledger.acked.sum(),
                        ledger.errors.sum(),
                        ledger.deliveredTotal(),
                        ledger.acks.brief(),
                        ledger.deliveries.brief()))) {
            new Pacer(rate, total).run(i -> {
                int seq = (int) i;
                ChatUser sender = members.get(seq % members.size());
                ledger.sending(seq, System.nanoTime());
                sender.connection.send(frame(new SendMessage(
                        "send_message", sender.roomId, ledger.content(seq, padding), ledger.clientMsgId(seq))));
            });
        }
    }

    /** Waits for every ack, then for the delivery of every acked message to every member online. */
    private static void drain(ChatLedger ledger, int total, List<ChatUser> members, int[] online, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        try (Progress progress = new Progress(
                "drain",
                () -> String.format(
                        "answered %d/%d, delivered %d",
                        ledger.acked.sum() + ledger.errors.sum(), total, ledger.deliveredTotal()))) {
            Connector.await(() -> ledger.acked.sum() + ledger.errors.sum() >= total, seconds);
            long expected = IntStream.range(0, total)
                    .filter(seq -> ledger.id(seq) != 0)
                    .mapToLong(seq -> online[members.get(seq % members.size()).room])
                    .sum();
            Connector.await(
                    () -> ledger.deliveredTotal() >= expected, Math.max(1, (deadline - System.nanoTime()) / 1e9));
        }
    }

    private static void figures(ChatLedger ledger, int total, double maxRefusedPercent, Report report) {
        double seconds = ledger.ackSeconds();
        long busy = ledger.busy();
        double refusedPercent = 100.0 * busy / Math.max(1, total);
        report.put("messages_sent", total)
                .put("messages_acked", ledger.acked.sum())
                .put("message_errors", ledger.errors.sum())
                .put("error_messages", Map.copyOf(ledger.errorMessages))
                .put("refused_busy", busy)
                .put("refused_busy_percent", refusedPercent)
                .put("acked_per_second", ledger.acked.sum() / Math.max(seconds, 1e-9))
                .put("ack", ledger.acks.summary())
                .put("deliveries", ledger.deliveredTotal())
                .put("deliveries_per_second", ledger.deliveredTotal() / Math.max(seconds, 1e-9))
                .put("delivery", ledger.deliveries.summary())
                .put("acked_twice", ledger.ackedTwice.sum())
                .put("closed_by_server", Map.copyOf(ledger.closes));
        report.check(
                "every message acked or refused busy",
                ledger.acked.sum() + busy == total,
                ledger.acked.sum() + " acked and " + busy + " busy of " + total);
        // a flood beyond the admission budget is refused busy by design; at a rate the server carries, nothing is
        report.check(
                "refused busy within " + maxRefusedPercent + " %",
                refusedPercent <= maxRefusedPercent,
                busy + " refused (" + Math.round(refusedPercent * 10) / 10.0 + " %)");
    }

    private static String frame(SendMessage message) {
        try {
            return Http.JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
