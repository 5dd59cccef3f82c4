package uz.ovoz.loadtest.ws;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;

/**
 * One open WebSocket. Sends from any thread and never waits: Netty queues the frame on the socket's
 * event loop, so a connection may have many frames in flight.
 */
public final class WsConnection {

    private final Channel channel;
    volatile int closeCode = -1;

    WsConnection(Channel channel) {
        this.channel = channel;
    }

    public void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    public int closeCode() {
        return closeCode;
    }

    public void close() {
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE))
                    .addListener(done -> channel.close());
        }
    }
}
