package nl.tafelgenoot.domain.deadlines;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A set of dates stored as ISO dates separated by commas, in date order ("" for none). */
@Converter
public class LocalDatesConverter implements AttributeConverter<Set<LocalDate>, String> {

    @Override
    public String convertToDatabaseColumn(Set<LocalDate> dates) {
        return dates == null ? "" : new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    @Override
    public Set<LocalDate> convertToEntityAttribute(String column) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(LocalDate::parse).forEach(dates::add);
        }
        return dates;
    }
}
