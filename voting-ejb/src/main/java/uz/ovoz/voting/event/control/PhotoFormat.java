package uz.ovoz.voting.event.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a candidate photo may have, recognised by their first bytes: the file name and
 * the browser's content type are only claims, and a display must never be handed something else.
 */
public enum PhotoFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    WEBP("image/webp", new byte[] {'R', 'I', 'F', 'F'});

    private final String contentType;
    private final byte[] signature;

    PhotoFormat(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The format whose signature {@code data} starts with, if any. */
    public static Optional<PhotoFormat> of(byte[] data) {
        return Arrays.stream(values()).filter(format -> format.matches(data)).findFirst();
    }

    private boolean matches(byte[] data) {
        if (data.length < signature.length
                || !Arrays.equals(data, 0, signature.length, signature, 0, signature.length)) {
            return false;
        }
        // RIFF is a container: only a WEBP one is an image
        return this != WEBP
                || data.length >= 12 && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P';
    }
}
