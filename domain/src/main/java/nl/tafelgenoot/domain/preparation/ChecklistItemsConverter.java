package nl.tafelgenoot.domain.preparation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores the ticked checklist items in one column of the preparation's row
 * ({@code IDENTITY_DOCUMENT,TRUSTED_PERSON}), so they are tenant-filtered with it.
 */
@Converter
public class ChecklistItemsConverter implements AttributeConverter<Set<ChecklistItem>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ChecklistItem> items) {
        return items == null || items.isEmpty() ? ""
                : items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ChecklistItem> convertToEntityAttribute(String stored) {
        Set<ChecklistItem> items = EnumSet.noneOf(ChecklistItem.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(ChecklistItem::valueOf).forEach(items::add);
        }
        return items;
    }
}
