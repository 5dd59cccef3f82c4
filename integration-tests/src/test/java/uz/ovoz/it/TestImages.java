package uz.ovoz.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Images for upload tests, made on the spot rather than committed as binaries. */
final class TestImages {

    private TestImages() {}

    /** A small real PNG: a coloured square. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x12355b));
        graphics.fillRect(0, 0, 64, 64);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A file that starts like a PNG and is {@code size} bytes long: an oversized upload. */
    static byte[] pngOfSize(int size) throws IOException {
        byte[] start = png();
        byte[] padded = Arrays.copyOf(start, Math.max(size, start.length));
        return padded;
    }
}
