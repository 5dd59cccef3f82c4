/** What every kind of login account has in common: a unique name and a password hash. */
package uz.ovoz.platform.account;
