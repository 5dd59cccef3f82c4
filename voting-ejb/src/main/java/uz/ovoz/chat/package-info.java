/**
 * Real-time chat: accounts, rooms, messages and their delivery. It uses {@code platform} only and
 * never imports {@code voting}; voting never imports it. See {@link uz.ovoz}.
 */
package uz.ovoz.chat;
