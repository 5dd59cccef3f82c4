/**
 * WebSocket plumbing shared by the voting and chat channels: frames encoded once, how Tyrus schedules
 * its idle timeouts, and how a socket refused on open is closed.
 */
package uz.ovoz.platform.websocket;
