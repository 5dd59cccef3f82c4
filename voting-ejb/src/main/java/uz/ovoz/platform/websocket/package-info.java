/** WebSocket plumbing shared by the voting and chat channels: frames encoded once, and how Tyrus schedules its idle timeouts. */
package uz.ovoz.platform.websocket;
