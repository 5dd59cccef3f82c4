/** What chat clients call over HTTP: the REST API under {@code /chat/api}. */
package uz.ovoz.chat.rest;
