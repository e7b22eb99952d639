package nl.tafelgenoot.domain.advisors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores the weekly availability in one column of the profile row
 * ({@code MONDAY 09:00-12:00;THURSDAY 13:30-17:00}): a few slots per advisor, always read with the
 * profile, and filtered by tenant with its row.
 */
@Converter
public class WeeklySlotsConverter implements AttributeConverter<List<WeeklySlot>, String> {

    @Override
    public String convertToDatabaseColumn(List<WeeklySlot> slots) {
        return slots == null || slots.isEmpty() ? ""
                : slots.stream().sorted().map(s -> s.day().name() + " " + s.from() + "-" + s.to())
                .collect(Collectors.joining(";"));
    }

    @Override
    public List<WeeklySlot> convertToEntityAttribute(String stored) {
        List<WeeklySlot> slots = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String part : stored.split(";")) {
                String[] dayAndTimes = part.strip().split(" ");
                String[] times = dayAndTimes[1].split("-");
                slots.add(new WeeklySlot(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        }
        return slots;
    }
}
