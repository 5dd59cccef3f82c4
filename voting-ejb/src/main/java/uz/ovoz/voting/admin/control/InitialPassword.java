package uz.ovoz.voting.admin.control;

import java.security.SecureRandom;
import java.util.Random;

/** Random passwords for an admin account that nobody configured a password for. */
public final class InitialPassword {

    public static final int LENGTH = 20;

    /**
     * Letters and digits without the look-alikes 0/O, 1/l/I, because an operator may have to type
     * the password from a log; no symbols, so it needs no quoting in a shell or a URL. 57 symbols
     * give about 116 bits over 20 characters.
     */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private InitialPassword() {}

    /** A new password of {@link #LENGTH} characters from {@link #ALPHABET}. */
    public static String generate() {
        return generate(new SecureRandom());
    }

    static String generate(Random random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
