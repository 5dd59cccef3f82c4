/** QR codes drawn as SVG, for the console and the display pages alike. */
package uz.ovoz.platform.qr;
