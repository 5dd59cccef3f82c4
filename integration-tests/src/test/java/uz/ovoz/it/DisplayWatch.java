package uz.ovoz.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A hall display as the server sees one: a real WebSocket that keeps the last {@code display_update}. */
public final class DisplayWatch implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();
    private volatile JsonObject last;
    private WebSocket socket;

    public static DisplayWatch open(URI uri) throws Exception {
        DisplayWatch watch = new DisplayWatch();
        watch.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, watch)
                .get(20, TimeUnit.SECONDS);
        return watch;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean complete) {
        partial.append(data);
        if (complete) {
            JsonObject frame =
                    Json.createReader(new StringReader(partial.toString())).readObject();
            partial.setLength(0);
            if ("display_update".equals(frame.getString("type", null))) {
                last = frame.getJsonObject("data");
            }
        }
        webSocket.request(1);
        return null;
    }

    /** The data of the last {@code display_update} received, or null. */
    public JsonObject last() {
        return last;
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
