/**
 * Bringing an old voting system's data across: its candidates (with their photos), events with
 * their running order and groups, and votes, read from its SQLite file or PostgreSQL database.
 * It uses {@code event} and {@code ballot}; nothing uses it but the console and the admin API.
 */
package uz.ovoz.voting.oldsystem;
