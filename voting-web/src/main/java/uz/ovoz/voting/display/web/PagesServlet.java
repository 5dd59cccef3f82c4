package uz.ovoz.voting.display.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the voter page at {@code /vote/{link}} and the display page at {@code /display/{link}}: the
 * pages are static, and their script reads the event link from the address.
 */
@WebServlet({"/vote/*", "/display/*"})
public class PagesServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String link = request.getPathInfo();
        if (link == null || !link.matches("/[A-Za-z0-9_-]{1,64}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such event link");
            return;
        }
        String page = request.getServletPath().equals("/vote") ? "/pages/vote.html" : "/pages/display.html";
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher(page).forward(request, response);
    }
}
