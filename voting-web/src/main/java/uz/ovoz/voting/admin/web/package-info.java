/**
 * The admin console: Jakarta Faces pages under {@code /admin} and their {@code *Backing} beans, QR
 * codes, photo and results downloads. How admins authenticate is in the business tier's
 * {@code uz.ovoz.voting.admin.boundary}.
 */
package uz.ovoz.voting.admin.web;
