/**
 * What every kind of login account has in common: a unique name and a password hash, made the same
 * way for all of them ({@code PasswordHashing}).
 */
package uz.ovoz.platform.account;
