package uz.ovoz.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One simulated phone: connects, waits for the current candidate, casts one vote and records when
 * the confirmation (or an error) arrives. The JDK client allows one outstanding send per socket,
 * and this voter sends exactly one frame.
 */
final class Voter implements WebSocket.Listener {

    final CompletableFuture<Void> ready = new CompletableFuture<>();
    final CompletableFuture<String> answer = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final String deviceId;
    private WebSocket socket;
    volatile long sentNanos;
    volatile long answeredNanos;

    Voter(String deviceId) {
        this.deviceId = deviceId;
    }

    CompletableFuture<WebSocket> connect(HttpClient http, URI uri) {
        return http.newWebSocketBuilder().buildAsync(uri, this).whenComplete((ws, error) -> {
            if (error != null) {
                ready.completeExceptionally(error);
            }
            socket = ws;
        });
    }

    void vote() {
        sentNanos = System.nanoTime();
        socket.sendText("{\"type\":\"cast_vote\",\"vote_type\":\"yes\",\"device_id\":\"" + deviceId + "\"}", true);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            if (frame.contains("\"current_candidate\"")) {
                ready.complete(null);
            } else if (frame.contains("\"vote_confirmed\"") || frame.contains("\"type\":\"error\"")) {
                answeredNanos = System.nanoTime();
                answer.complete(frame.contains("\"vote_confirmed\"") ? "confirmed" : frame);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        answer.complete("closed " + statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ready.completeExceptionally(error);
        answer.complete("failed " + error);
    }

    void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
