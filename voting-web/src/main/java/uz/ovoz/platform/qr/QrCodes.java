package uz.ovoz.platform.qr;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * QR codes of the voter and display links, drawn as SVG in the page itself: no image service, no
 * request leaving the intranet, sharp on a projector and on paper.
 */
@Named("qr")
@ApplicationScoped
public class QrCodes {

    private static final int BORDER = 4;

    /** A {@code data:} URI of an SVG image of {@code text}'s QR code, for an {@code <img src>}. */
    public String image(String text) {
        String svg = svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The absolute address of a page of this application, as the browser reached the console. */
    public String absolute(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + path;
    }

    /** The SVG document of {@code qr}, black on white with the quiet border scanners need. */
    public static String svg(QrCode qr) {
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
