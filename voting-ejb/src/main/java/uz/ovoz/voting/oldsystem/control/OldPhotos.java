package uz.ovoz.voting.oldsystem.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old system's uploads folder: a candidate's {@code image} URL ending in {@code /uploads/<uuid><ext>}
 * names a file there. Only a plain file name is followed, so an image URL cannot read elsewhere.
 */
public final class OldPhotos {

    private static final Pattern UPLOAD = Pattern.compile(".*/uploads/([A-Za-z0-9_-][A-Za-z0-9._-]{0,200})");

    private OldPhotos() {}

    /** The file name in the uploads folder, when the image URL points there. */
    public static Optional<String> uploadedName(String image) {
        if (image == null) {
            return Optional.empty();
        }
        Matcher upload = UPLOAD.matcher(image.strip());
        return upload.matches() ? Optional.of(upload.group(1)) : Optional.empty();
    }

    /** The file's bytes, or empty when the folder does not hold it. */
    public static Optional<byte[]> read(Path uploads, String name) throws IOException {
        Path file = uploads.resolve(name).normalize();
        if (!file.getParent().equals(uploads.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }
}
