package nl.tafelgenoot.domain.advisors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores an advisor's expertise in one column of the profile row ({@code DEMENTIA,OBJECTIONS}). */
@Converter
public class ExpertiseConverter implements AttributeConverter<Set<Expertise>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Expertise> expertise) {
        return expertise == null || expertise.isEmpty() ? ""
                : expertise.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Expertise> convertToEntityAttribute(String stored) {
        Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(Expertise::valueOf).forEach(expertise::add);
        }
        return expertise;
    }
}
