/**
 * The machinery of chat: signed tokens, the membership cache, the message queue written in batches,
 * and the registry of open chat sessions.
 */
package uz.ovoz.chat.control;
