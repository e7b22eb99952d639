package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.SlotSearch;

/**
 * Free times grouped by day (day name as heading, 24-hour times as large buttons), in
 * Europe/Amsterdam. The chosen button is marked (aria-pressed), so a screen reader says which one
 * is chosen. Shows the first {@value #DAYS} days with free time; a page of every time in four
 * weeks would be too long to read.
 */
class SlotList extends Div {

    static final int DAYS = 10;

    private final List<Button> buttons = new ArrayList<>();
    private final Consumer<FreeSlot> chosen;

    SlotList(String id, Consumer<FreeSlot> chosen) {
        setId(id);
        this.chosen = chosen;
    }

    void show(List<FreeSlot> slots, ZonedDateTime selected) {
        removeAll();
        buttons.clear();
        Map<LocalDate, List<FreeSlot>> byDay = new LinkedHashMap<>();
        for (FreeSlot slot : slots) {
            LocalDate day = slot.start().withZoneSameInstant(SlotSearch.ZONE).toLocalDate();
            if (byDay.containsKey(day) || byDay.size() < DAYS) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(slot);
            }
        }
        byDay.forEach((day, times) -> {
            H3 heading = new H3(capitalised(day(day)));
            heading.getStyle().set("margin", "1.25rem 0 0.5rem").set("font-size", "1.375rem");
            Div row = new Div();
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.75rem");
            for (FreeSlot slot : times) {
                Button button = new Button(time(slot.start()));
                button.setId(id(slot));
                button.addThemeVariants(ButtonVariant.LUMO_LARGE);
                button.getElement().setAttribute("aria-label", label(slot));
                button.getElement().setProperty("slotStart", slot.start().toInstant().toString());
                button.addClickListener(e -> {
                    mark(button);
                    chosen.accept(slot);
                });
                if (selected != null && selected.toInstant().equals(slot.start().toInstant())) {
                    mark(button);
                } else {
                    button.getElement().setAttribute("aria-pressed", "false");
                }
                buttons.add(button);
                row.add(button);
            }
            add(heading, row);
        });
    }

    /** Takes the mark off every time (the member chose "call me back"). */
    void clearMark() {
        buttons.forEach(b -> {
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            b.getElement().setAttribute("aria-pressed", "false");
        });
    }

    private void mark(Button button) {
        clearMark();
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.getElement().setAttribute("aria-pressed", "true");
    }

    /** A stable id per time: slot-202612011000 (local time). */
    static String id(FreeSlot slot) {
        return "slot-" + DateTimeFormatter.ofPattern("yyyyMMddHHmm").format(slot.start().withZoneSameInstant(SlotSearch.ZONE));
    }

    String label(FreeSlot slot) {
        return dayTime(this, slot.start());
    }

    private String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(getTranslation("booking.dayPattern"), locale()).format(day);
    }

    private String time(ZonedDateTime start) {
        return DateTimeFormatter.ofPattern(getTranslation("booking.timePattern"), locale())
                .format(start.withZoneSameInstant(SlotSearch.ZONE));
    }

    private Locale locale() {
        return getLocale();
    }

    /** "dinsdag 1 december om 10:00 uur", in the page's language and Amsterdam time. */
    static String dayTime(com.vaadin.flow.component.Component translator, ZonedDateTime start) {
        ZonedDateTime local = start.withZoneSameInstant(SlotSearch.ZONE);
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        String day = DateTimeFormatter.ofPattern(translator.getTranslation("booking.dayPattern"), locale).format(local);
        String time = DateTimeFormatter.ofPattern(translator.getTranslation("booking.timePattern"), locale).format(local);
        return translator.getTranslation("booking.dayTime", day, time);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
