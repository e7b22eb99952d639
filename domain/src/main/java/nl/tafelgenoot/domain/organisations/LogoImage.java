package nl.tafelgenoot.domain.organisations;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo by what it holds, not by its name: only a PNG or JPEG that ImageIO can actually
 * read, of at most {@link #MAX_BYTES}. Anything else (a renamed PDF, a broken file) is refused.
 */
public final class LogoImage {

    /** 500 kB: plenty for a logo, small enough to sit in every letter. */
    public static final int MAX_BYTES = 500 * 1024;

    private LogoImage() {
    }

    /** "png" or "jpeg" for a readable image of that kind, else empty. */
    public static Optional<String> typeOf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            String type = format.equals("png") ? "png" : format.equals("jpeg") || format.equals("jpg") ? "jpeg" : null;
            if (type == null) {
                return Optional.empty();
            }
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            reader.dispose();
            return image != null && image.getWidth() > 0 && image.getHeight() > 0 ? Optional.of(type) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
