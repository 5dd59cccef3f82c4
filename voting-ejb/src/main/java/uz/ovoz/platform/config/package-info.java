/** Start-up checks of the application's MicroProfile Config values: a wrong value stops the deployment with the key's name. */
package uz.ovoz.platform.config;
