/**
 * WebSocket plumbing shared by the voting and chat channels: frames encoded once, each session's
 * outbox that sends them one at a time ({@code Outbox}, {@code Outboxes}), how Tyrus schedules its
 * idle timeouts, and how a socket refused on open is closed.
 */
package uz.ovoz.platform.websocket;
