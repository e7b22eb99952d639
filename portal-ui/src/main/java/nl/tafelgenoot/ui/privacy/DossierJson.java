package nl.tafelgenoot.ui.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.privacy.ClientDossier;

/**
 * The same dossier as the PDF, machine-readable (GDPR art. 20, data portability), written with
 * Jakarta JSON-P: {@code client} (reference, number, name), {@code madeAt}, {@code sections} (per
 * kind of data a list of objects with the stored fields by their technical names) and {@code files}
 * (the documents and where they are in the ZIP).
 */
public final class DossierJson {

    private DossierJson() {
    }

    public static String write(ClientDossier dossier) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (ClientDossier.DossierFile file : dossier.files()) {
            files.add(Json.createObjectBuilder().add("case", file.caseReference()).add("fileName", file.fileName())
                    .add("path", DossierZip.pathOf(file)).add("sizeBytes", file.content().length));
        }
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("client", Json.createObjectBuilder().add("reference", dossier.publicId())
                        .add("number", dossier.number()).add("name", dossier.fullName()))
                .add("madeAt", DateTimeFormatter.ISO_INSTANT.format(dossier.madeAt()))
                .add("sections", sections(dossier.sections()))
                .add("files", files);
        return pretty(root);
    }

    /** Per kind of data a list of objects with the stored fields by their technical names. */
    public static JsonObjectBuilder sections(List<ClientDossier.Section> sections) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (ClientDossier.Section section : sections) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            section.items().forEach(item -> items.add(item(item)));
            all.add(section.key(), items);
        }
        return all;
    }

    /** One stored row: its fields by name. */
    public static JsonObjectBuilder item(ClientDossier.Item item) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        item.fields().forEach(field -> fields.add(field.name(), field.value()));
        return fields;
    }

    public static String pretty(JsonObjectBuilder root) {
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }
}
