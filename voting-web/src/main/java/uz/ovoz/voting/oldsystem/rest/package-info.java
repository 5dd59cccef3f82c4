/** The admin API that imports an old system's data. */
package uz.ovoz.voting.oldsystem.rest;
