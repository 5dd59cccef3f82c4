/** The JAX-RS application of the voting module, served under {@code /api}. */
package uz.ovoz.platform.rest;
