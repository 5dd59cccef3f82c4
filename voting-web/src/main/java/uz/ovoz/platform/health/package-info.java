/** MicroProfile Health checks: when an instance may take traffic and when it must be restarted. */
package uz.ovoz.platform.health;
