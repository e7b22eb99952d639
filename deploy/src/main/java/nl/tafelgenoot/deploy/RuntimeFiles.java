package nl.tafelgenoot.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * Puts the two files that travel inside {@code tafelgenoot.jar} on disk: Payara Micro and the WAR.
 *
 * <p>Payara Micro runs in its own JVM and cannot read a jar nested in a jar, so both files are
 * extracted to {@code <dataDir>/runtime}. A file that is already there with the same size and
 * CRC-32 as the jar entry is kept: this saves rewriting ~150 MB on every start, while a new
 * release of the jar still replaces both files.
 *
 * <p>For trying the launcher with another WAR, the system property
 * {@value #WAR_OVERRIDE} may name a WAR file to use instead of the nested one.
 */
final class RuntimeFiles {

    static final String PAYARA_MICRO = "payara-micro.jar";
    static final String WAR = "ROOT.war";
    /** Development aid only: path of a WAR to run instead of the one inside the jar. */
    static final String WAR_OVERRIDE = "tafelgenoot.war.override";

    private static final Logger LOG = Logger.getLogger(RuntimeFiles.class.getName());

    private RuntimeFiles() {
    }

    /** Extracts Payara Micro and the WAR into {@code directory}; returns their paths. */
    static Extracted extractTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path payara = copyIfChanged(resource(PAYARA_MICRO), directory.resolve(PAYARA_MICRO));
            String override = System.getProperty(WAR_OVERRIDE);
            URL war = override == null || override.isBlank()
                    ? resource(WAR)
                    : Path.of(override).toUri().toURL();
            return new Extracted(payara, copyIfChanged(war, directory.resolve(WAR)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the runtime files to " + directory, e);
        }
    }

    /** Paths of the extracted files. */
    record Extracted(Path payaraMicroJar, Path war) {
    }

    static Path copyIfChanged(URL source, Path target) throws IOException {
        Fingerprint expected = fingerprint(source);
        if (Files.isRegularFile(target) && Files.size(target) == expected.size()
                && crc32(target) == expected.crc()) {
            return target;
        }
        LOG.info("Extracting " + target.getFileName() + " to " + target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = source.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static URL resource(String name) {
        URL url = RuntimeFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the launcher's class path;"
                    + " build tafelgenoot.jar with Maven (deploy module) to include it");
        }
        return url;
    }

    /** Size and CRC-32 of the source, from the jar's directory when possible (no reading). */
    private static Fingerprint fingerprint(URL source) throws IOException {
        URLConnection connection = source.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new Fingerprint(entry.getSize(), entry.getCrc());
            }
        }
        if ("file".equals(source.getProtocol())) {
            try {
                Path file = Path.of(source.toURI());
                return new Fingerprint(Files.size(file), crc32(file));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return new Fingerprint(-1, -1); // unknown: always copy
    }

    private static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }

    private record Fingerprint(long size, long crc) {
    }
}
