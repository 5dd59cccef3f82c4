/** The {@code chat-storm} scenario: levels, batch sign-up, rooms, the message flood and its ledger. */
package uz.ovoz.loadtest.chat;
