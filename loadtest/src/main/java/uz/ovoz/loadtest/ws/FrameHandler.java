package uz.ovoz.loadtest.ws;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.CompletableFuture;

/** Hands text frames to the listener and completes the connect future once the handshake is done. */
final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final WsListener listener;
    private final CompletableFuture<WsConnection> opened;
    private WsConnection connection;

    FrameHandler(WsListener listener, CompletableFuture<WsConnection> opened) {
        this.listener = listener;
        this.opened = opened;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        connection = new WsConnection(ctx.channel());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            opened.complete(connection);
        } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            opened.completeExceptionally(new IllegalStateException("handshake timed out"));
            ctx.close();
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            listener.onText(connection, text.text());
        } else if (frame instanceof CloseWebSocketFrame close) {
            connection.closeCode = close.statusCode();
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        opened.completeExceptionally(
                new IllegalStateException("closed before the handshake finished (" + connection.closeCode + ")"));
        listener.onClose(connection, connection.closeCode);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        opened.completeExceptionally(cause);
        ctx.close();
    }
}
