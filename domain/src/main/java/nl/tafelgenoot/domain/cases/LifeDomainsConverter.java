package nl.tafelgenoot.domain.cases;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a case's life domains in one column of the case row ({@code HOUSEHOLD,MEALS}). Kept in
 * the case's own row, they are filtered by tenant with it; a separate collection table would be
 * a table without a tenant column.
 */
@Converter
public class LifeDomainsConverter implements AttributeConverter<Set<LifeDomain>, String> {

    @Override
    public String convertToDatabaseColumn(Set<LifeDomain> domains) {
        return domains == null || domains.isEmpty() ? ""
                : domains.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<LifeDomain> convertToEntityAttribute(String stored) {
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(LifeDomain::valueOf).forEach(domains::add);
        }
        return domains;
    }
}
