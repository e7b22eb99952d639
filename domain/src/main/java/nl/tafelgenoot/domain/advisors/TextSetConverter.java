package nl.tafelgenoot.domain.advisors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a small set of texts (municipality names, postcode areas, language codes) in one column
 * of the profile's row, separated by {@code |}. Kept in the tenant-owned row, they are filtered by
 * tenant with it; a collection table would be a table without a tenant column.
 */
@Converter
public class TextSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> texts) {
        return texts == null || texts.isEmpty() ? "" : new TreeSet<>(texts).stream().collect(Collectors.joining("|"));
    }

    @Override
    public Set<String> convertToEntityAttribute(String stored) {
        Set<String> texts = new TreeSet<>();
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(texts::add);
        }
        return texts;
    }
}
