package nl.tafelgenoot.ui.offboarding;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.tafelgenoot.domain.offboarding.ExportSink;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.ui.privacy.DossierJson;
import nl.tafelgenoot.ui.privacy.DossierZip;

/**
 * The organisation's export as one ZIP, written while it is read: {@code LEESMIJ.txt} (what is
 * where), {@code organisatie.json} (the organisation, its letterhead and its people),
 * {@code clienten/<number>/} per client the same PDF, JSON and documents a client's own export has,
 * and {@code gegevens/<Kind>.jsonl}, every stored row one JSON object per line, for moving the data
 * into another program. Nothing is written before the first piece arrives, so a refused link gets
 * no file at all.
 */
final class OrganisationZip implements ExportSink {

    static final String README = "LEESMIJ.txt";
    static final String ORGANISATION = "organisatie.json";

    private final OutputStream out;
    private final I18NProvider texts;
    private ZipOutputStream zip;
    private boolean inKind;

    OrganisationZip(OutputStream out, I18NProvider texts) {
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void organisation(String name, String slug, Instant madeAt, List<ClientDossier.Section> sections) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("name", name).add("slug", slug)
                .add("madeAt", DateTimeFormatter.ISO_INSTANT.format(madeAt)).add("sections", DossierJson.sections(sections));
        entry(README, texts.getTranslation("offboarding.readme", Locale.forLanguageTag("nl"), name)
                .getBytes(StandardCharsets.UTF_8));
        entry(ORGANISATION, DossierJson.pretty(root).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void dossier(ClientDossier dossier) {
        try {
            closeKind();
            DossierZip.writeInto(zip(), "clienten/" + dossier.number() + "/", dossier, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void kind(String kind) {
        try {
            closeKind();
            zip().putNextEntry(new ZipEntry("gegevens/" + kind + ".jsonl"));
            inKind = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(ClientDossier.Item row) {
        StringWriter line = new StringWriter();
        try (JsonWriter writer = Json.createWriter(line)) {
            writer.writeObject(DossierJson.item(row).build());
        }
        try {
            zip().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the ZIP; does nothing when nothing was written. */
    void finish() throws IOException {
        if (zip != null) {
            closeKind();
            zip.finish();
        }
    }

    private void closeKind() throws IOException {
        if (inKind) {
            zip().closeEntry();
            inKind = false;
        }
    }

    private ZipOutputStream zip() {
        if (zip == null) {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        }
        return zip;
    }

    private void entry(String path, byte[] content) {
        try {
            closeKind();
            zip().putNextEntry(new ZipEntry(path));
            zip().write(content);
            zip().closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
