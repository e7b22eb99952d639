package nl.tafelgenoot.ui.preparation;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.DiaryEntry;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * The week diary: seven days from a chosen first day, one text per day ("what did not work").
 * Choosing another first day keeps what was typed for the days it hides; everything is saved with
 * the preparation, one entry per day.
 */
class DiaryWeek extends VerticalLayout {

    static final int DAYS = 7;
    private final DatePicker start = DatePickers.create("prep-diary-start", getTranslation("preparation.diary.start"));
    private final List<TextArea> days = new ArrayList<>();
    private final Map<LocalDate, String> texts = new TreeMap<>();
    private LocalDate shownFrom;

    DiaryWeek(CasePreparation stored) {
        setPadding(false);
        stored.getDiary().forEach(e -> texts.put(e.getEntryDate(), e.getWhatDidNotWork()));
        for (int i = 0; i < DAYS; i++) {
            days.add(FieldChecks.area("prep-diary-" + i, "", DiaryEntry.MAX_LENGTH));
        }
        LocalDate first = stored.getDiary().isEmpty() ? LocalDate.now(Clocks.AMSTERDAM)
                : stored.getDiary().get(0).getEntryDate();
        start.setValue(first);
        start.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        add(new H4(getTranslation("preparation.diary")), new Paragraph(getTranslation("preparation.diary.help")), start);
        days.forEach(this::add);
        show(first);
    }

    private void show(LocalDate from) {
        keepTyped();
        shownFrom = from;
        DateTimeFormatter day = DateTimeFormatter.ofPattern(getTranslation("preparation.dayPattern"), getLocale());
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = from.plusDays(i);
            days.get(i).setLabel(day.format(date));
            days.get(i).setValue(texts.getOrDefault(date, ""));
            days.get(i).setInvalid(false);
        }
    }

    private void keepTyped() {
        if (shownFrom != null) {
            for (int i = 0; i < DAYS; i++) {
                texts.put(shownFrom.plusDays(i), days.get(i).getValue());
            }
        }
    }

    boolean validate() {
        return days.stream().map(d -> FieldChecks.valid(d, DiaryEntry.class, "whatDidNotWork")).toList()
                .stream().allMatch(ok -> ok);
    }

    void writeTo(CasePreparation draft) {
        keepTyped();
        texts.forEach(draft::writeDiary);
    }

    void lock(boolean locked) {
        days.forEach(d -> d.setReadOnly(locked));
    }
}
