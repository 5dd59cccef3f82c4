/** What the chat web module calls: accounts, rooms and their history. */
package uz.ovoz.chat.boundary;
