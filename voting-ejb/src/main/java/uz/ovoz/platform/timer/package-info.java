/** The application's interval timers: that Payara delivers them as often as they asked. */
package uz.ovoz.platform.timer;
