/** The results documents the console exports: CSV and DOCX. */
package uz.ovoz.voting.admin.web.export;
