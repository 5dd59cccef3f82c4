package uz.ovoz.platform.websocket;

import java.util.concurrent.Future;

/**
 * Hands one frame to a session's transport. The future completes when the transport took the bytes
 * (or failed to); frames handed over in turn go out in that order.
 */
@FunctionalInterface
public interface FrameWriter {

    Future<?> write(PreparedFrame frame);
}
