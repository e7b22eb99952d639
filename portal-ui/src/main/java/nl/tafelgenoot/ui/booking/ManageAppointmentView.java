package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.booking.SlotTaken;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * The member's personal link: their appointment (when, how, reference) and nothing else of them
 * or the organisation but its phone number; moving it to another free time, or cancelling it after
 * a question. A link that opens nothing on this organisation's page (mistyped, over, of another
 * organisation) gets one friendly page, the same for every reason, so it never tells whether the
 * secret exists elsewhere.
 */
@Route("boeken/:slug/afspraak/:token")
@PublicView
public class ManageAppointmentView extends BookingPage implements BeforeEnterObserver {

    private final PublicBooking desk;
    private String slug;
    private String token;
    private Appointment appointment;

    private final H1 title = new H1();
    private final Div details = new Div();
    private final Div actions = new Div();
    private final Div move = new Div();
    private final Paragraph message = new Paragraph();
    private final SlotList slots = new SlotList("manage-slots", this::chooseMove);
    private final Button confirmMove = new Button();
    private FreeSlot moveTo;

    @Inject
    public ManageAppointmentView(PublicBooking desk) {
        this.desk = desk;
        confirmMove.addClickListener(e -> doMove());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        token = event.getRouteParameters().get("token").orElse("");
        var found = desk.organisation(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        brand(found.get());
        main.removeAll();
        title.getStyle().set("font-size", "2rem");
        message.setId("manage-message");
        message.getElement().setAttribute("role", "status");
        message.getStyle().set("font-weight", "600");
        try {
            appointment = desk.appointment(slug, token, clientAddress()).orElse(null);
        } catch (RuntimeException refusal) {
            if (!Failures.causedBy(refusal, RateLimited.class)) {
                throw refusal;
            }
            title.setText(getTranslation("manage.title"));
            Paragraph limited = new Paragraph(getTranslation("manage.rateLimited", phone()));
            limited.setId("manage-rate-limited");
            main.add(title, limited);
            return;
        }
        if (appointment == null) {
            title.setText(getTranslation("manage.invalid.title"));
            title.setId("manage-invalid");
            Paragraph text = new Paragraph(getTranslation("manage.invalid.text", phone()));
            text.setId("manage-invalid-text");
            main.add(title, text);
            return;
        }
        title.setText(getTranslation("manage.title"));
        title.setId("manage-title");
        details.setId("manage-details");
        actions.setId("manage-actions");
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem");
        move.setId("manage-move-area");
        move.setVisible(false);
        main.add(title, details, message, actions, move, callUs());
        showAppointment();
    }

    private void showAppointment() {
        details.removeAll();
        details.add(row("manage-time", "manage.time",
                SlotList.capitalised(SlotList.dayTime(this, appointment.getStartsAt().atZone(SlotSearch.ZONE)))));
        details.add(row("manage-mode", "manage.mode", getTranslation("booking.mode." + appointment.getMode())));
        details.add(row("manage-reference", "manage.reference", appointment.getPublicId()));
        actions.removeAll();
        if (!appointment.isBooked()) {
            message.setText(getTranslation("manage.cancelled"));
            message.setId("manage-cancelled");
            details.getStyle().set("text-decoration", "line-through");
            return;
        }
        Button moveButton = new Button(getTranslation("manage.move"), e -> openMove());
        moveButton.setId("manage-move");
        moveButton.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("manage.cancel"), e -> askCancel());
        cancel.setId("manage-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
        actions.add(moveButton, cancel);
    }

    private Div row(String id, String label, String value) {
        Div row = new Div();
        row.getStyle().set("padding", "0.5rem 0").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        Span name = new Span(getTranslation(label));
        name.getStyle().set("font-weight", "700").set("display", "block");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("font-size", "1.5rem");
        row.add(name, text);
        return row;
    }

    private void openMove() {
        move.removeAll();
        moveTo = null;
        List<FreeSlot> free;
        try {
            free = desk.freeSlotsToMove(slug, token);
        } catch (RuntimeException refusal) {
            explain(refusal);
            return;
        }
        H2 heading = new H2(getTranslation("manage.move"));
        heading.setId("manage-move-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        move.add(heading);
        if (free.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("manage.move.none", phone()));
            none.setId("manage-move-none");
            move.add(none);
        } else {
            move.add(new Paragraph(getTranslation("manage.move.intro")));
            slots.show(free, null);
            move.add(slots);
        }
        confirmMove.setId("manage-move-confirm");
        confirmMove.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        confirmMove.setVisible(false);
        Button keep = new Button(getTranslation("manage.move.cancel"), e -> move.setVisible(false));
        keep.setId("manage-move-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div buttons = new Div(confirmMove, keep);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem").set("margin-top", "1rem");
        move.add(buttons);
        move.setVisible(true);
        heading.getElement().executeJs("this.focus()");
    }

    private void chooseMove(FreeSlot slot) {
        moveTo = slot;
        confirmMove.setText(getTranslation("manage.move.confirm", SlotList.dayTime(this, slot.start())));
        confirmMove.setVisible(true);
    }

    private void doMove() {
        if (moveTo == null) {
            return;
        }
        try {
            appointment = desk.move(slug, token, moveTo.start().toInstant(), clientAddress());
        } catch (RuntimeException refusal) {
            explain(refusal);
            return;
        }
        move.setVisible(false);
        showAppointment();
        message.setId("manage-moved");
        message.setText(getTranslation("manage.moved"));
    }

    private void askCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("manage-cancel-dialog");
        dialog.setHeader(getTranslation("manage.cancel"));
        dialog.setText(getTranslation("manage.cancel.question"));
        dialog.setConfirmText(getTranslation("manage.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("manage.cancel.keep"));
        dialog.addConfirmListener(e -> {
            try {
                appointment = desk.cancel(slug, token, clientAddress());
            } catch (RuntimeException refusal) {
                explain(refusal);
                return;
            }
            move.setVisible(false);
            showAppointment();
        });
        dialog.open();
    }

    private void explain(RuntimeException refusal) {
        var refused = Failures.find(refusal, BookingRefused.class);
        message.setId("manage-message");
        if (Failures.causedBy(refusal, RateLimited.class)) {
            message.setText(getTranslation("manage.rateLimited", phone()));
        } else if (Failures.causedBy(refusal, SlotTaken.class)) {
            message.setText(getTranslation("booking.slot.taken"));
            openMove();
        } else if (refused.isPresent() && "tooLate".equals(refused.get().key())) {
            message.setText(getTranslation("manage.tooLate", phone()));
        } else if (refused.isPresent() && "cancelled".equals(refused.get().key())) {
            message.setText(getTranslation("manage.cancelled"));
        } else if (refused.isPresent()) {
            message.setText(getTranslation("manage.invalid.text", phone()));
        } else {
            throw refusal;
        }
    }

    @Override
    public String getPageTitle() {
        String name = organisation == null ? getTranslation("app.name") : organisation.getName();
        return getTranslation(appointment == null && token != null ? "manage.invalid.title" : "manage.title") + " – " + name;
    }
}
