package nl.tafelgenoot.ui.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.tafelgenoot.domain.privacy.ClientDossier;

/**
 * The export as one download: {@code gegevens.pdf} to read, {@code gegevens.json} for another
 * program, and the uploaded documents and letters themselves under {@code documenten/}.
 */
public final class DossierZip {

    public static final String PDF = "gegevens.pdf";
    public static final String JSON = "gegevens.json";

    private DossierZip() {
    }

    /** Where a document goes in the ZIP: its case and its own file name, made safe for any file system. */
    static String pathOf(ClientDossier.DossierFile file) {
        String name = file.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return "documenten/" + file.caseReference() + "/" + name;
    }

    /** The download's file name: the client's number, never the name (downloads folders are shared). */
    public static String fileName(ClientDossier dossier) {
        return "gegevens-client-" + dossier.number() + ".zip";
    }

    public static byte[] write(ClientDossier dossier, I18NProvider texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            writeInto(zip, "", dossier, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same entries into a ZIP being written, each path after the prefix (e.g. {@code clienten/12/}). */
    public static void writeInto(ZipOutputStream zip, String prefix, ClientDossier dossier, I18NProvider texts)
            throws IOException {
        add(zip, prefix + PDF, new DossierPdf(texts).write(dossier));
        add(zip, prefix + JSON, DossierJson.write(dossier).getBytes(StandardCharsets.UTF_8));
        Set<String> used = new HashSet<>();
        for (ClientDossier.DossierFile file : dossier.files()) {
            String path = pathOf(file);
            for (int n = 2; !used.add(path); n++) {
                path = pathOf(file) + " (" + n + ")";
            }
            add(zip, prefix + path, file.content());
        }
    }

    private static void add(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }
}
