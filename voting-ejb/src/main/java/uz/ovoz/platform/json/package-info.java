/** The one JSON-B instance through which every JSON message of the application is read and written. */
package uz.ovoz.platform.json;
