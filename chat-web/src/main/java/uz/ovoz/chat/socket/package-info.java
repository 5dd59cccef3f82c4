/** The {@code /chat/ws} channel chat clients hold open. */
package uz.ovoz.chat.socket;
