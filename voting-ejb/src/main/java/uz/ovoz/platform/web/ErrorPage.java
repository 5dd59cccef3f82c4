package uz.ovoz.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import uz.ovoz.platform.json.JsonMessages;

/**
 * The error page of both web modules, for errors the container or JAX-RS answer themselves (a
 * missing credential, an unknown path, a wrong method or content type): an API client gets the
 * same {@code {"error": message}} as for every other refusal, a browser a short page. Without it
 * Payara answers with its own HTML page, which names the server and says nothing a client can use.
 */
public class ErrorPage extends HttpServlet {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request is malformed",
            401, "Credentials are missing or wrong",
            403, "Not allowed",
            404, "No such resource",
            405, "This method is not allowed here",
            406, "The requested representation is not available: ask for application/json",
            413, "The request is too large",
            415, "Unsupported content type: send application/json",
            500, "The server failed to handle this request; please try again");

    /** The error body of every API. */
    public record Body(String error) {}

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly, not as an error page: there is nothing here
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer given ? given : 404;
        String message = MESSAGES.getOrDefault(status, "The request failed (" + status + ")");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = request.getRequestURI();
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri instanceof String path && path.contains("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(JsonMessages.toJson(new Body(message)));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + status
                            + "</title></head><body><h1>" + status + "</h1><p>" + message + "</p></body></html>");
        }
    }
}
