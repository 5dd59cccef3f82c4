package uz.ovoz.it;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who may do what, as one table: every HTTP endpoint and socket of the product against every kind
 * of caller, with the answer each must get. {@link AttackSurfaceIT} plays every cell against a
 * running server.
 *
 * <p>Voters and displays carry no credential: over HTTP they are a page of the server's own origin
 * with nobody logged in ({@link Caller#SAME_ORIGIN_PAGE}). A page on another origin opened in a
 * logged-in admin's browser ({@link Caller#FOREIGN_PAGE}) has the console's cookie sent along and
 * its own origin in {@code Origin}.
 *
 * <p>Placeholders in a path or body are filled per cell with fresh data, so that a cell that
 * changes something (stop, delete) never changes what another cell sees: {@code {event}} a running
 * event, {@code {link}} its link and {@code {first}} its first candidate, {@code {draft}} an event not started, {@code {candidate}} a
 * candidate, {@code {room}} a room whose only member is {@link Caller#CHAT_MEMBER}, {@code {unique}}
 * a new name.
 */
final class AccessMatrix {

    enum Caller {
        /** A script with no credentials. */
        ANONYMOUS,
        /** A voter's phone or a hall display: a page of the server's own origin, nobody logged in. */
        SAME_ORIGIN_PAGE,
        /** A chat user with a token, member of the cell's room. */
        CHAT_MEMBER,
        /** A chat user with a token, member of another room only. */
        OTHER_ROOM_MEMBER,
        /** An admin's script with HTTP Basic credentials. */
        ADMIN_SCRIPT,
        /** The admin console in the admin's browser: the session cookie, the server's own origin. */
        ADMIN_CONSOLE,
        /** A page on another origin in the logged-in admin's browser: the session cookie, a foreign Origin. */
        FOREIGN_PAGE
    }

    /** An HTTP request and the status each caller must get. */
    record Request(String method, String path, String contentType, String body, Map<Caller, Integer> expected) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a socket handshake must come to: open, refused with an HTTP status, or closed at once with a code. */
    record SocketOutcome(String kind, int code) {
        static final SocketOutcome OPEN = new SocketOutcome("open", 0);

        static SocketOutcome refused(int status) {
            return new SocketOutcome("refused", status);
        }

        static SocketOutcome closed(int closeCode) {
            return new SocketOutcome("closed", closeCode);
        }

        @Override
        public String toString() {
            return kind + (code == 0 ? "" : " " + code);
        }
    }

    record Socket(String path, Map<Caller, SocketOutcome> expected) {

        @Override
        public String toString() {
            return "socket " + path;
        }
    }

    private static final String JSON = "application/json";

    static final List<Request> REQUESTS = List.of(
            // The admin API: reads for admins only; changes for admins only and never from another origin
            adminRead("GET", "/api/me"),
            adminRead("GET", "/api/events"),
            adminRead("GET", "/api/events/{event}"),
            adminRead("GET", "/api/events/{event}/results"),
            adminRead("GET", "/api/events/{event}/audit"),
            adminRead("GET", "/api/events/{event}/codes"),
            adminRead("GET", "/api/candidates"),
            adminRead("GET", "/api/candidates/{candidate}"),
            adminWrite("POST", "/api/events", JSON, "{\"name\":\"Matrix {unique}\",\"duration_sec\":30}", 201),
            adminWrite("PUT", "/api/events/{draft}", JSON, "{\"name\":\"Renamed {unique}\",\"duration_sec\":45}", 200),
            adminWrite("DELETE", "/api/events/{draft}", null, null, 204),
            adminWrite("POST", "/api/events/{event}/duplicate", null, null, 201),
            adminWrite("POST", "/api/events/{draft}/start", null, null, 200),
            adminWrite("POST", "/api/events/{event}/stop", null, null, 200),
            adminWrite("POST", "/api/events/{event}/reset", null, null, 200),
            adminWrite("POST", "/api/events/{event}/next", null, null, 200),
            adminWrite("POST", "/api/events/{event}/current", JSON, "{\"index\":1}", 200),
            adminWrite("POST", "/api/events/{event}/timer", JSON, "{\"duration_sec\":20}", 200),
            adminWrite("POST", "/api/events/{draft}/candidates", JSON, "{\"candidate_id\":{candidate}}", 200),
            adminWrite("DELETE", "/api/events/{event}/votes?candidate_id={first}", null, null, 200),
            adminWrite("POST", "/api/events/{draft}/codes", JSON, "{\"count\":2}", 200),
            adminWrite(
                    "POST",
                    "/api/candidates",
                    JSON,
                    "{\"full_name\":\"Matrix {unique}\",\"which_position\":\"Dean\"}",
                    201),
            adminWrite(
                    "PUT",
                    "/api/candidates/{candidate}",
                    JSON,
                    "{\"full_name\":\"Renamed {unique}\",\"which_position\":\"Dean\"}",
                    200),
            adminWrite("DELETE", "/api/candidates/{candidate}", null, null, 204),
            adminWrite(
                    "POST",
                    "/api/candidates/import/csv",
                    "text/csv",
                    "full_name,which_position\nMatrix {unique},Dean\n",
                    200),
            // The console: its pages redirect strangers to the login form; a foreign page may open them
            // (a navigation) but cannot read them
            consolePage("/admin/index.xhtml"),
            consolePage("/admin/export/{event}.csv"),
            // Public pages and the server's own endpoints
            everyone("GET", "/", 200),
            everyone("GET", "/vote/{link}", 200),
            everyone("GET", "/display/{link}", 200),
            everyone("GET", "/qr/{link}.svg", 200),
            everyone("GET", "/login.xhtml", 200),
            everyone("GET", "/health/ready", 200),
            everyone("GET", "/chat/", 200),
            // Chat: a token for everything but sign-up and login; a room's members only for the room
            everyone(
                    "POST",
                    "/chat/api/auth/signup",
                    JSON,
                    "{\"username\":\"m{unique}\",\"password\":\"long-enough-1\"}",
                    201),
            chatUsers("GET", "/chat/api/chatrooms", null, null, 200, 200),
            chatUsers(
                    "POST", "/chat/api/chatrooms", JSON, "{\"name\":\"Room {unique}\",\"participants\":[]}", 201, 201),
            chatUsers("GET", "/chat/api/chatrooms/{room}/messages", null, null, 200, 403),
            chatUsers("POST", "/chat/api/chatrooms/{room}/invite", JSON, "{\"usernames\":[\"{outsider}\"]}", 200, 403),
            chatUsers("POST", "/chat/api/chatrooms/{room}/leave", null, null, 200, 403));

    static final List<Socket> SOCKETS = List.of(
            publicSocket("/ws/vote/{link}"),
            publicSocket("/ws/display/{link}"),
            // the console's own channel: its page only, never a script, never another origin
            new Socket(
                    "/admin/live",
                    outcomes(
                            SocketOutcome.refused(302),
                            SocketOutcome.refused(302),
                            SocketOutcome.refused(302),
                            SocketOutcome.refused(302),
                            SocketOutcome.refused(403),
                            SocketOutcome.OPEN,
                            SocketOutcome.refused(403))),
            new Socket(
                    "/chat/ws",
                    outcomes(
                            SocketOutcome.closed(4001),
                            SocketOutcome.closed(4001),
                            SocketOutcome.OPEN,
                            SocketOutcome.OPEN,
                            SocketOutcome.closed(4001),
                            SocketOutcome.closed(4001),
                            SocketOutcome.refused(403))));

    private AccessMatrix() {}

    private static Request adminRead(String method, String path) {
        return new Request(method, path, null, null, statuses(401, 401, 401, 401, 200, 200, 200));
    }

    private static Request adminWrite(String method, String path, String contentType, String body, int done) {
        return new Request(method, path, contentType, body, statuses(401, 401, 401, 401, done, done, 403));
    }

    private static Request consolePage(String path) {
        return new Request("GET", path, null, null, statuses(302, 302, 302, 302, 200, 200, 200));
    }

    private static Request everyone(String method, String path, int status) {
        return everyone(method, path, null, null, status);
    }

    private static Request everyone(String method, String path, String contentType, String body, int status) {
        return new Request(
                method, path, contentType, body, statuses(status, status, status, status, status, status, status));
    }

    private static Request chatUsers(
            String method, String path, String contentType, String body, int member, int other) {
        return new Request(method, path, contentType, body, statuses(401, 401, member, other, 401, 401, 401));
    }

    private static Socket publicSocket(String path) {
        return new Socket(
                path,
                outcomes(
                        SocketOutcome.OPEN,
                        SocketOutcome.OPEN,
                        SocketOutcome.OPEN,
                        SocketOutcome.OPEN,
                        SocketOutcome.OPEN,
                        SocketOutcome.OPEN,
                        SocketOutcome.refused(403)));
    }

    /** In the order of {@link Caller}. */
    private static Map<Caller, Integer> statuses(Integer... byCaller) {
        return byCaller(byCaller);
    }

    private static Map<Caller, SocketOutcome> outcomes(SocketOutcome... byCaller) {
        return byCaller(byCaller);
    }

    private static <T> Map<Caller, T> byCaller(T[] values) {
        Caller[] callers = Caller.values();
        if (values.length != callers.length) {
            throw new IllegalArgumentException("one outcome per caller: " + callers.length);
        }
        Map<Caller, T> map = new EnumMap<>(Caller.class);
        for (int i = 0; i < callers.length; i++) {
            map.put(callers[i], values[i]);
        }
        return map;
    }
}
