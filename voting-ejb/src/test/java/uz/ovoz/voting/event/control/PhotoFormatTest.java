package uz.ovoz.voting.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoFormatTest {

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertEquals(
                Optional.of(PhotoFormat.JPEG),
                PhotoFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertEquals(
                Optional.of(PhotoFormat.PNG),
                PhotoFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(
                Optional.of(PhotoFormat.WEBP),
                PhotoFormat.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void otherFilesAreNotPhotosWhateverTheirName() {
        assertTrue(PhotoFormat.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
        assertTrue(PhotoFormat.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))
                .isEmpty());
        assertTrue(PhotoFormat.of(new byte[] {(byte) 0xFF}).isEmpty());
    }
}
