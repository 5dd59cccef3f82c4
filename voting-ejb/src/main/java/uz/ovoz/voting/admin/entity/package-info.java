/** The administrators who run events from the console. */
package uz.ovoz.voting.admin.entity;
