/** What chat clients call: the REST API under {@code /chat/api} and the {@code /chat/ws} channel. */
package uz.ovoz.chat.boundary;
