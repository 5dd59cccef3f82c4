/**
 * The admin console (Jakarta Faces pages under {@code /admin} and their {@code *Backing} beans, the
 * live push channel, QR codes, photo and results downloads) and {@code /api/me}. How admins
 * authenticate is in the business tier's package of the same name.
 */
package uz.ovoz.voting.admin.boundary;
