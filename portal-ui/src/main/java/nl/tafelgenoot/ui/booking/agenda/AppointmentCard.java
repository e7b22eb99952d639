package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.ui.intake.IntakeView;

/**
 * One appointment in the week: when (24-hour clock), how, with whom, from which municipality and
 * about what; a cancelled one struck through and labelled, a moved one labelled. The coordinator
 * opens the member's intake request from here. While it lies ahead it can be moved (a dialog of
 * free times) or cancelled (after a confirmation); the agenda is then drawn again.
 */
class AppointmentCard extends Div {

    private final Appointment appointment;
    private final AppointmentService appointments;
    private final Runnable changed;

    AppointmentCard(Appointment appointment, String advisorName, boolean coordinator, AppointmentService appointments,
                    Clock clock, Runnable changed) {
        this.appointment = appointment;
        this.appointments = appointments;
        this.changed = changed;
        String id = appointment.getPublicId();
        setId("appointment-" + id);
        getElement().setAttribute("role", "article");
        getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("background", "var(--lumo-base-color)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("overflow-wrap", "break-word").set("hyphens", "auto").set("font-size", "var(--lumo-font-size-s)");

        Span time = new Span(getTranslation("agenda.time", AgendaTexts.time(appointment.getStartsAt()),
                AgendaTexts.time(appointment.getEndsAt())));
        time.setId("appointment-time-" + id);
        time.getStyle().set("font-weight", "600");
        Div top = line(time);
        if (!appointment.isBooked()) {
            time.getStyle().set("text-decoration", "line-through");
            top.add(badge(getTranslation("agenda.cancelled"), "badge contrast"));
            getStyle().set("background", "var(--lumo-contrast-5pct)");
        } else if (appointment.getSequence() > 0) {
            top.add(badge(getTranslation("agenda.moved"), "badge"));
        }
        add(top);
        add(line(new Span(getTranslation("agenda.mode." + appointment.getMode()))));
        IntakeRequest request = appointment.getRequest();
        if (request != null && coordinator) {
            RouterLink link = new RouterLink(request.getFullName(), IntakeView.class,
                    new RouteParameters(IntakeView.ID, request.getPublicId()));
            link.setId("appointment-request-" + id);
            link.getElement().setAttribute("aria-label", getTranslation("agenda.openRequest", request.getFullName()));
            add(line(link));
        } else {
            add(line(new Span(AgendaTexts.member(appointment))));
        }
        if (request != null) {
            if (request.getMunicipality() != null) {
                add(line(new Span(request.getMunicipality())));
            }
            if (request.getTopic() != null) {
                add(line(new Span(getTranslation("intake.topic." + request.getTopic()))));
            }
        }
        if (advisorName != null) {
            add(line(new Span(getTranslation("agenda.withAdvisor", advisorName))));
        }
        if (appointment.isBooked() && appointment.getStartsAt().isAfter(clock.instant())) {
            add(actions());
        }
    }

    private Div actions() {
        String id = appointment.getPublicId();
        String when = AgendaTexts.moment(appointment.getStartsAt(), getLocale());
        Button move = new Button(getTranslation("agenda.move"), e -> new MoveDialog(appointments, appointment, changed).open());
        move.setId("move-" + id);
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        move.getElement().setAttribute("aria-label", getTranslation("agenda.move.label", AgendaTexts.member(appointment), when));
        Button cancel = new Button(getTranslation("agenda.cancel"), e -> confirmCancel(when));
        cancel.setId("cancel-" + id);
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label", getTranslation("agenda.cancel.label", AgendaTexts.member(appointment), when));
        Div actions = new Div(move, cancel);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    private void confirmCancel(String when) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("confirm-cancel-appointment");
        ask.setHeader(getTranslation("agenda.cancel.title"));
        ask.setText(getTranslation("agenda.cancel.text", AgendaTexts.member(appointment), when));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("agenda.cancel.keep"));
        ask.setConfirmText(getTranslation("agenda.cancel.confirm"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> cancel());
        ask.open();
    }

    private void cancel() {
        try {
            Appointment cancelled = appointments.cancel(appointment.getPublicId());
            boolean mailed = cancelled.getRequest() != null && cancelled.getRequest().getEmail() != null;
            AgendaMessages.success(getTranslation(mailed ? "agenda.cancelled.mailed" : "agenda.cancelled.noMail"));
        } catch (RuntimeException failure) {
            AgendaMessages.refused(this, failure);
        }
        changed.run();
    }

    private static Div line(Component... content) {
        Div line = new Div(content);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "baseline");
        return line;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
