/** The voter's phone page and the big-screen display page, served at /vote/{link} and /display/{link}. */
package uz.ovoz.voting.display.web;
