package uz.ovoz.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client that completes the handshake and then neither reads nor answers anything: a
 * phone that vanished without closing (half-open TCP), or a peer that stopped reading. Its receive
 * buffer is as small as the system allows, so the server's writes back up early.
 */
final class SilentSocket implements AutoCloseable {

    private final Socket socket;

    private SilentSocket(Socket socket) {
        this.socket = socket;
    }

    static SilentSocket connect(URI uri) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        socket.setSoTimeout(10_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String response = headers(socket.getInputStream());
        if (!response.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new AssertionError("handshake answered " + response);
        }
        return new SilentSocket(socket);
    }

    /** Reads the response up to the empty line and not a byte further. */
    private static String headers(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /**
     * Sends an unsolicited pong (a heartbeat the protocol allows): the server hears from the peer
     * although it reads nothing.
     */
    void pong() throws IOException {
        // FIN + pong, masked, no payload, and the four bytes of the mask
        socket.getOutputStream().write(new byte[] {(byte) 0x8A, (byte) 0x80, 1, 2, 3, 4});
    }

    /** Reads (and drops) everything until the server ends the connection; false if it has not within {@code wait}. */
    boolean endedByServer(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        byte[] buffer = new byte[65536];
        socket.setSoTimeout(200);
        while (System.nanoTime() < deadline) {
            try {
                if (socket.getInputStream().read(buffer) < 0) {
                    return true;
                }
            } catch (java.net.SocketTimeoutException stillOpen) {
                // nothing more yet
            } catch (java.net.SocketException reset) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
