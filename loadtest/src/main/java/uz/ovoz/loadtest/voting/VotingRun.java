package uz.ovoz.loadtest.voting;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import uz.ovoz.loadtest.Http;
import uz.ovoz.loadtest.Options;
import uz.ovoz.loadtest.Report;
import uz.ovoz.loadtest.ServerCpu;
import uz.ovoz.loadtest.measure.CpuMeter;
import uz.ovoz.loadtest.ws.Connector;
import uz.ovoz.loadtest.ws.WsClient;
import uz.ovoz.loadtest.ws.WsConnection;

/**
 * What every voting scenario shares: an event made through the admin API, N voters and D displays
 * connected to it, and the routing of what they receive to the fan-out or ballot being measured.
 */
final class VotingRun implements VoterEvents, AutoCloseable {

    final Http http;
    final AdminApi admin;
    final String run = Long.toString(System.currentTimeMillis(), 36);
    final List<Voter> voters;
    final List<Display> displays;
    final ServerMemory memory;
    final ServerCpu serverCpu;
    /** The server's CPU with nothing to do, in cores, measured before the load. */
    double idleCores;

    private final WsClient client;
    private final Connector connector;
    private final Map<Integer, AtomicInteger> closes = new ConcurrentHashMap<>();
    private final double readySeconds;
    private volatile boolean closing;
    volatile Arrival arrival;
    volatile Ballot ballot;
    volatile int duplicatePercent;
    long eventId;
    String link;
    long[] candidateIds;

    VotingRun(Options options) {
        http = new Http(options.url());
        admin = new AdminApi(http, options.string("user", "admin"), options.string("password", "admin"));
        memory = new ServerMemory(http, options.integer("server-pid", 0));
        serverCpu = new ServerCpu(http, options.integer("server-pid", 0));
        voters = IntStream.range(0, options.integer("voters", 1000))
                .mapToObj(i -> new Voter(i, run, this))
                .toList();
        displays = IntStream.range(0, options.integer("displays", 50))
                .mapToObj(i -> new Display())
                .toList();
        client = new WsClient(options.integer("threads", 2));
        connector = new Connector(
                client,
                options.string("mode", "concurrent"),
                options.integer("in-flight", 200),
                options.decimal("connect-rate", 1000));
        readySeconds = options.decimal("ready-timeout", 60);
    }

    void createEvent(int candidates) {
        JsonNode event = admin.startEvent("Load " + run, candidates, 3600);
        eventId = event.get("id").asLong();
        link = event.get("link").asText();
        candidateIds = IntStream.range(0, candidates)
                .mapToLong(i -> event.get("candidates").get(i).get("id").asLong())
                .toArray();
    }

    /** Connects the voters, then the displays; each counts as connected once its first state arrived. */
    void connect(Report report) {
        URI ws = URI.create(http.base().toString().replaceFirst("^http", "ws"));
        idleCores = CpuMeter.idleCores(serverCpu, 3);
        CpuMeter cpu = cpuMeter();
        cpu.start();
        List<WsConnection> opened =
                connector.connect("voters", ws.resolve("/ws/vote/" + link), voters.size(), voters::get);
        IntStream.range(0, voters.size()).forEach(i -> voters.get(i).connection = opened.get(i));
        Connector.await(() -> readyVoters() == connector.opened(), readySeconds);
        cpu.stop();
        report.put("voters", voters.size())
                .put("connect_seconds", connector.seconds())
                .put("connect_per_second", connector.opened() / Math.max(connector.seconds(), 1e-9))
                .put("handshake", connector.handshakes().summary())
                .put("voters_connected", readyVoters())
                .put("connect_failures", Map.copyOf(connector.failures()))
                .put("cpu_per_connect", cpu.perOperation(connector.opened()));
        if (!displays.isEmpty()) {
            connector.connect("displays", ws.resolve("/ws/display/" + link), displays.size(), displays::get);
            Connector.await(() -> displays.stream().allMatch(display -> display.ready), readySeconds);
            report.put(
                    "displays_connected",
                    displays.stream().filter(display -> display.ready).count());
        }
    }

    CpuMeter cpuMeter() {
        return CpuMeter.against(serverCpu).idle(idleCores);
    }

    long readyVoters() {
        return voters.stream()
                .filter(voter -> voter.candidate != -1 && voter.connection != null)
                .count();
    }

    long openVoters() {
        return voters.stream()
                .filter(voter -> voter.connection != null && voter.connection.isOpen())
                .count();
    }

    Map<Integer, AtomicInteger> closes() {
        return closes;
    }

    @Override
    public void current(Voter voter, long candidateId, boolean timerRunning, long nanos) {
        Arrival expected = arrival;
        if (expected != null) {
            expected.offer(voter, candidateId, timerRunning, nanos);
        }
    }

    @Override
    public void answered(Voter voter, Answer answer, long nanos) {
        Ballot current = ballot;
        if (current == null) {
            return;
        }
        current.answered(voter, answer, nanos);
        if (answer == Answer.CONFIRMED && voter.index % 100 < duplicatePercent && !voter.resent) {
            // the same phone votes again for the same candidate: the server must refuse it as a duplicate
            voter.resent = true;
            current.resending(voter);
            voter.vote(current.candidateId);
        }
    }

    @Override
    public void closed(Voter voter, int code) {
        if (!closing) {
            closes.computeIfAbsent(code, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public void close() {
        closing = true;
        voters.stream().filter(voter -> voter.connection != null).forEach(voter -> voter.connection.close());
        try {
            admin.stop(eventId);
        } catch (RuntimeException alreadyStopped) {
            // the event finished by itself after its last candidate
        }
        client.close();
    }
}
