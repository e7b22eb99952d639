package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.advisors.ProfileRefused;
import nl.tafelgenoot.domain.advisors.WeeklySlot;

/**
 * The weekly availability as rows of day, from and to, with a button to add a row and one to
 * remove each. An incomplete row is refused with a message under the editor, not dropped.
 */
class AvailabilityEditor extends VerticalLayout {

    private record Row(Select<DayOfWeek> day, TimePicker from, TimePicker to, HorizontalLayout line) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    final ErrorLine error = new ErrorLine("availability-error");

    AvailabilityEditor() {
        setPadding(false);
        setSpacing(false);
        lines.setPadding(false);
        Span label = new Span(getTranslation("advisors.availability"));
        label.getStyle().set("font-weight", "600");
        Button add = new Button(getTranslation("advisors.availability.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("availability-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(label, lines, add, error);
    }

    void setValue(List<WeeklySlot> slots) {
        rows.clear();
        lines.removeAll();
        slots.forEach(this::addRow);
    }

    /** The slots as typed; refuses a row with a missing day or time. */
    List<WeeklySlot> value() {
        List<WeeklySlot> slots = new ArrayList<>();
        for (Row row : rows) {
            if (row.day().isEmpty() || row.from().isEmpty() || row.to().isEmpty()) {
                throw new ProfileRefused("availability", "slotIncomplete");
            }
            slots.add(new WeeklySlot(row.day().getValue(), row.from().getValue(), row.to().getValue()));
        }
        return slots;
    }

    private void addRow(WeeklySlot slot) {
        int n = rows.size();
        Select<DayOfWeek> day = new Select<>();
        day.setId("availability-day-" + n);
        day.setAriaLabel(getTranslation("advisors.availability.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        TimePicker from = time("availability-from-" + n, getTranslation("advisors.availability.from"));
        TimePicker to = time("availability-to-" + n, getTranslation("advisors.availability.to"));
        if (slot != null) {
            day.setValue(slot.day());
            from.setValue(slot.from());
            to.setValue(slot.to());
        } else {
            from.setValue(LocalTime.of(9, 0));
            to.setValue(LocalTime.of(12, 0));
        }
        HorizontalLayout line = new HorizontalLayout(day, from, to);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(day, from, to, line);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            lines.remove(line);
        });
        remove.setAriaLabel(getTranslation("advisors.availability.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        line.add(remove);
        rows.add(row);
        lines.add(line);
    }

    private TimePicker time(String id, String label) {
        TimePicker picker = new TimePicker();
        picker.setId(id);
        picker.setAriaLabel(label);
        picker.setPlaceholder(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(getLocale());
        picker.setWidth("8em");
        return picker;
    }
}
