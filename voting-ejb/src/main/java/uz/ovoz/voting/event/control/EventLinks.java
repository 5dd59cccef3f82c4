package uz.ovoz.voting.event.control;

import java.security.SecureRandom;

/**
 * Short unguessable event links: 10 characters of base 62 are about 59 bits, far beyond guessing
 * by trying links against the voter channel.
 */
public final class EventLinks {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EventLinks() {}

    public static String generate() {
        StringBuilder link = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            link.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return link.toString();
    }
}
