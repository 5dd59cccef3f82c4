/** How services say no: a reason the REST layer turns into an HTTP status, and a message for people. */
package uz.ovoz.platform.error;
