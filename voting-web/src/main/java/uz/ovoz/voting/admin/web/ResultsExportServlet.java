package uz.ovoz.voting.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.admin.web.export.ResultsCsv;
import uz.ovoz.voting.admin.web.export.ResultsDocx;
import uz.ovoz.voting.admin.web.export.ResultsLanguage;
import uz.ovoz.voting.admin.web.export.ResultsTable;
import uz.ovoz.voting.ballot.boundary.EventResults;
import uz.ovoz.voting.ballot.boundary.Turnout;
import uz.ovoz.voting.ballot.rest.ResultRow;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.entity.Event;

/**
 * Downloads an event's results: {@code /admin/export/{id}.csv} and {@code /admin/export/{id}.docx},
 * the official document in Uzbek; {@code ?lang=ru} or {@code ?lang=en} gives the same table in that language.
 * Under {@code /admin}, so only an admin (console session or Basic) gets them.
 */
@WebServlet("/admin/export/*")
public class ResultsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.(csv|docx)");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    EventAdmin events;

    @Inject
    EventResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Use /admin/export/{event id}.csv or .docx");
            return;
        }
        Event event;
        try {
            event = events.find(Long.parseLong(file.group(1)));
        } catch (Rejected missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
            return;
        }
        Turnout turnout = results.turnout(event);
        ResultsTable table = new ResultsTable(
                event.getName(),
                turnout.day().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate(),
                turnout.voters(),
                ResultRow.all(results.of(event)));
        ResultsLanguage language = ResultsLanguage.of(request.getParameter("lang"));
        String name = "results-" + event.getLink() + (language == ResultsLanguage.UZ ? "" : "-" + language.code()) + "."
                + file.group(2);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        if ("csv".equals(file.group(2))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.getOutputStream().write(ResultsCsv.write(table).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType(DOCX);
            response.getOutputStream().write(ResultsDocx.write(table, language));
        }
    }
}
