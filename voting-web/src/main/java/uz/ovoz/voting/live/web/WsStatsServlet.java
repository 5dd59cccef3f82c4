package uz.ovoz.voting.live.web;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.platform.metrics.ProcessFigures;
import uz.ovoz.voting.live.control.SessionRegistry;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * {@code GET /ws-stats} in the old system's JSON shape, read from the same registry as the
 * {@code ovoz_connections} metrics. Deprecated: use {@code /metrics}.
 */
@WebServlet("/ws-stats")
public class WsStatsServlet extends HttpServlet {

    public record SystemStats(
            @JsonbProperty("cpu_percent") double cpuPercent,
            @JsonbProperty("memory_mb") double memoryMb,
            @JsonbProperty("open_files") long openFiles,
            long threads,
            long connections) {}

    public record WsStats(
            @JsonbProperty("total_vote_connections") int totalVoteConnections,
            @JsonbProperty("total_display_connections") int totalDisplayConnections,
            @JsonbProperty("events_with_vote_connections") long eventsWithVoteConnections,

            @JsonbProperty("events_with_display_connections")
            long eventsWithDisplayConnections,

            SystemStats system) {}

    @Inject
    SessionRegistry sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int voters = sessions.count(Kind.VOTER);
        int displays = sessions.count(Kind.DISPLAY);
        WsStats stats = new WsStats(
                voters,
                displays,
                sessions.eventsWithConnections(Kind.VOTER),
                sessions.eventsWithConnections(Kind.DISPLAY),
                new SystemStats(
                        ProcessFigures.cpuPercent(),
                        ProcessFigures.memoryMb(),
                        ProcessFigures.openFiles(),
                        ProcessFigures.threads(),
                        voters + displays));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Deprecation", "true");
        response.setHeader("Link", "</metrics>; rel=\"successor-version\"");
        response.getWriter().write(JsonMessages.toJson(stats));
    }
}
