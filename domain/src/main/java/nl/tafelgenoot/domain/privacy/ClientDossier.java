package nl.tafelgenoot.domain.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Everything the organisation stores about one client, for the export a client may ask for (GDPR
 * art. 15 and 20): a section per kind of data (the record, cases, notes, ...), each with its items,
 * each item a list of named fields as text. Field names are the entity's attribute names; the
 * screens and the PDF translate them. Uploaded files come separately ({@link DossierFile}).
 */
public record ClientDossier(String publicId, int number, String fullName, Instant madeAt, List<Section> sections,
                            List<DossierFile> files) {

    /** One kind of data: its key (the entity name, e.g. {@code CaseNote}) and its items. */
    public record Section(String key, List<Item> items) {
    }

    /** One stored row, e.g. one note, with its fields in a stable order. */
    public record Item(List<Field> fields) {

        /** The value of the named field, or null. */
        public String value(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst().orElse(null);
        }
    }

    /** A named value as text; never null (an empty field is left out). */
    public record Field(String name, String value) {
    }

    /** An uploaded document or generated letter, with its bytes, for the ZIP. */
    public record DossierFile(String caseReference, String fileName, byte[] content) {
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(new Section(key, List.of()));
    }
}
