/** The console's machinery: the results documents it exports. */
package uz.ovoz.voting.admin.control;
