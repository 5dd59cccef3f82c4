package uz.ovoz.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real WebSocket client that records the text frames it receives and how the server closed it. */
public final class WebSocketProbe implements WebSocket.Listener {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static WebSocketProbe connect(URI uri) throws Exception {
        return connect(uri, Map.of());
    }

    /** Connects with extra handshake headers, as a browser sends {@code Origin} and {@code Cookie}. */
    public static WebSocketProbe connect(URI uri, Map<String, String> headers) throws Exception {
        WebSocketProbe probe = new WebSocketProbe();
        WebSocket.Builder builder = Endpoints.client().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        CompletableFuture<WebSocket> handshake = builder.buildAsync(uri, probe);
        try {
            probe.socket = handshake.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            // a handshake that completes after the test gave up would hold a socket nobody closes
            handshake.thenAccept(WebSocket::abort);
            throw late;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                // Say what the server answered instead of switching protocols
                throw new AssertionError(
                        "handshake with " + uri + " answered "
                                + refused.getResponse().statusCode() + " "
                                + refused.getResponse().headers().map() + " "
                                + refused.getResponse().body(),
                        e);
            }
            throw e;
        }
        return probe;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    public void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** The next text frame, or {@code null} if none arrives in time. */
    public String nextFrame(Duration wait) throws InterruptedException {
        return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame of the given type, skipping others; fails if none arrives in time. */
    public JsonObject next(String type, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String frame = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new AssertionError("no " + type + " frame within " + wait);
            }
            JsonObject json = Json.createReader(new StringReader(frame)).readObject();
            if (type.equals(json.getString("type", null))) {
                return json;
            }
        }
    }

    /** Sends a frame and returns the next frame of the given type. */
    public JsonObject ask(String frame, String type) throws Exception {
        send(frame);
        return next(type, Duration.ofSeconds(10));
    }

    public void clear() {
        frames.clear();
    }

    /** True once the server closed the socket or the connection broke. */
    public boolean closed() {
        return closeCode.isDone();
    }

    public int awaitCloseCode(Duration wait) throws Exception {
        return closeCode.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Whether the server kept the socket: true at its first frame, false when it closes first; fails
     * when neither happens in time.
     */
    public boolean admitted(Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(50, TimeUnit.MILLISECONDS);
            if (frame != null) {
                frames.add(frame);
                return true;
            }
            if (closeCode.isDone()) {
                return false;
            }
        }
        throw new AssertionError("neither a frame nor a close within " + wait);
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
