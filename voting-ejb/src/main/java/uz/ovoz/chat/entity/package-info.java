/** Chat users, rooms, their members and the messages stored in them. */
package uz.ovoz.chat.entity;
