package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * Moving an appointment: the free times it can move to (its advisor's, or for a coordinator any
 * advisor's serving the member's place), grouped by day; the user picks one and confirms. When
 * someone booked that time a moment earlier the dialog says so and shows the times free now.
 */
class MoveDialog extends Dialog {

    private static final DateTimeFormatter SLOT_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final AppointmentService appointments;
    private final Appointment appointment;
    private final Runnable moved;
    private final Div slots = new Div();
    private final Paragraph chosenText = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Button confirm = new Button();
    private ZonedDateTime chosen;
    private Button chosenButton;

    MoveDialog(AppointmentService appointments, Appointment appointment, Runnable moved) {
        this.appointments = appointments;
        this.appointment = appointment;
        this.moved = moved;
        setId("move-dialog");
        setHeaderTitle(getTranslation("agenda.move.title"));
        setMaxWidth("min(44em, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("agenda.move.intro",
                AgendaTexts.moment(appointment.getStartsAt(), getLocale())));
        error.setId("move-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        chosenText.setId("move-chosen");
        chosenText.getElement().setAttribute("aria-live", "polite");
        slots.setId("move-slots");
        add(intro, error, slots, chosenText);

        Button close = new Button(getTranslation("agenda.move.close"), e -> close());
        close.setId("move-close");
        confirm.setText(getTranslation("agenda.move.confirm"));
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> move());
        getFooter().add(close, confirm);
        showSlots();
    }

    private void showSlots() {
        slots.removeAll();
        chosen = null;
        chosenButton = null;
        chosenText.setText(getTranslation("agenda.move.choose"));
        List<FreeSlot> free;
        try {
            free = appointments.freeSlotsToMove(appointment.getPublicId());
        } catch (RuntimeException failure) {
            showError(AgendaMessages.text(this, failure));
            free = List.of();
        }
        if (free.isEmpty()) {
            slots.add(new Paragraph(getTranslation("agenda.move.none")));
            confirm.setEnabled(false);
            return;
        }
        confirm.setEnabled(true);
        Map<LocalDate, List<FreeSlot>> byDay = free.stream().collect(Collectors.groupingBy(
                s -> s.start().withZoneSameInstant(SlotSearch.ZONE).toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        byDay.forEach((day, ofDay) -> {
            H3 title = new H3(AgendaTexts.dayWithYear(day, getLocale()));
            title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-s) 0 0");
            Div times = new Div();
            times.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            for (FreeSlot slot : ofDay) {
                ZonedDateTime start = slot.start().withZoneSameInstant(SlotSearch.ZONE);
                Button time = new Button(AgendaTexts.time(start));
                time.setId("move-slot-" + SLOT_ID.format(start));
                time.getElement().setAttribute("aria-label", getTranslation("agenda.move.slot",
                        AgendaTexts.moment(start.toInstant(), getLocale())));
                time.getElement().setAttribute("aria-pressed", "false");
                time.addClickListener(e -> choose(start, time));
                times.add(time);
            }
            slots.add(new Section(title, times));
        });
    }

    private void choose(ZonedDateTime start, Button button) {
        if (chosenButton != null) {
            chosenButton.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            chosenButton.getElement().setAttribute("aria-pressed", "false");
        }
        chosen = start;
        chosenButton = button;
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.getElement().setAttribute("aria-pressed", "true");
        chosenText.setText(getTranslation("agenda.move.chosen", AgendaTexts.moment(start.toInstant(), getLocale())));
    }

    private void move() {
        if (chosen == null) {
            showError(getTranslation("agenda.move.choose"));
            return;
        }
        try {
            Appointment done = appointments.move(appointment.getPublicId(), chosen.toInstant());
            boolean mailed = done.getRequest() != null && done.getRequest().getEmail() != null;
            close();
            AgendaMessages.success(getTranslation(mailed ? "agenda.moved.mailed" : "agenda.moved.noMail"));
            moved.run();
        } catch (RuntimeException failure) {
            String text = AgendaMessages.text(this, failure);
            showError(text);
            boolean gone = Failures.causedBy(failure, NotFoundException.class)
                    || Failures.find(failure, BookingRefused.class).map(r -> "cancelled".equals(r.key())).orElse(false);
            if (!gone) {
                showSlots();
            } else {
                close();
                moved.run();
                AgendaMessages.refused(this, failure);
            }
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
