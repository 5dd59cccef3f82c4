/** {@code /api/me}: who the admin API's caller is. */
package uz.ovoz.voting.admin.rest;
