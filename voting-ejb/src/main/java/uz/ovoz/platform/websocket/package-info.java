/** WebSocket plumbing shared by the voting and chat channels: how Tyrus schedules its idle timeouts. */
package uz.ovoz.platform.websocket;
