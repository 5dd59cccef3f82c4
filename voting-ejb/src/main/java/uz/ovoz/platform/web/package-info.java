/**
 * What every web module does to every request before the application sees it: refuses requests a
 * page on another site may have forged (a socket opened or an admin API change made from a foreign
 * origin) and adds the headers that keep pages out of other sites' frames and scripts. The filters
 * live here, beside the business tier, so that the voting and chat modules register the same classes
 * in their {@code web.xml}.
 */
package uz.ovoz.platform.web;
