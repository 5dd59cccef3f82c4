package uz.ovoz.voting.display.web;

import io.nayuki.qrcodegen.QrCode;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uz.ovoz.platform.qr.QrCodes;
import uz.ovoz.voting.live.control.LiveEvents;

/**
 * The QR code of an event's voter page at {@code /qr/{link}.svg}, for the hall's display before the
 * event starts. Public like the display itself, and only for links of events this server knows, so
 * that it draws no code for an address a stranger chose.
 */
@WebServlet("/qr/*")
public class JoinQrServlet extends HttpServlet {

    @Inject
    LiveEvents events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[A-Za-z0-9_-]{1,64}\\.svg")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such event link");
            return;
        }
        String link = path.substring(1, path.length() - ".svg".length());
        if (events.snapshot(link).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such event link");
            return;
        }
        String svg = QrCodes.svg(QrCode.encodeText(voterPage(request, link), QrCode.Ecc.MEDIUM));
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The voter page's address as the display reached this server: what phones in the hall can reach too. */
    static String voterPage(HttpServletRequest request, String link) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + "/vote/" + link;
    }
}
