package nl.tafelgenoot.domain.consent;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a consent's scope in one column of its own row ({@code HEALTH_AND_CARE_NEEDS,...}), so it
 * is filtered by tenant with the row; a collection table would have no tenant column.
 */
@Converter
public class ConsentScopesConverter implements AttributeConverter<Set<ConsentScope>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ConsentScope> scopes) {
        return scopes == null || scopes.isEmpty() ? ""
                : scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ConsentScope> convertToEntityAttribute(String stored) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(ConsentScope::valueOf).forEach(scopes::add);
        }
        return scopes;
    }
}
