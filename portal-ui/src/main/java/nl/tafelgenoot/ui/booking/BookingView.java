package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.booking.BookingForm;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.booking.SlotTaken;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * An organisation's booking page for members of the public, without a login: the organisation
 * comes from the address (its slug) only. One question per screen for older members: what it is
 * about ({@link TopicStep}), where they live ({@link PlaceStep}), how to meet ({@link ModeStep}), a
 * time or "call me back" ({@link TimeStep}), how to reach them ({@link ContactStep}) and a summary
 * with "Wijzigen" per answer. Each screen has "Stap n van 6", "Vorige", and puts the focus on its
 * heading, so a screen reader says where the member is. A refusal of the desk brings them to the
 * step and field it concerns, with nothing typed lost; a time taken a moment earlier brings them
 * back to the times, with the next free one offered.
 */
@Route("boeken/:slug")
@PublicView
public class BookingView extends BookingPage implements BeforeEnterObserver {

    static final int STEPS = 6;

    private final PublicBooking desk;
    private final Validator validator;
    private String slug;

    private final H2 heading = new H2();
    private final Span counter = new Span();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button send = new Button();
    private final Paragraph problem = new Paragraph();
    private final Div summary = new Div();
    private final BookingConfirmation done = new BookingConfirmation();
    private int step = 1;

    private TopicStep topic;
    private PlaceStep place;
    private ModeStep mode;
    private TimeStep time;
    private ContactStep contact;
    private List<Div> steps;

    @Inject
    public BookingView(PublicBooking desk, Validator validator) {
        this.desk = desk;
        this.validator = validator;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getRouteParameters().get("slug").orElse("");
        var found = desk.organisation(wanted);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (slug != null && !slug.equals(wanted)) {
            // The router reuses this view for another organisation's page: start that page afresh.
            event.getUI().getPage().setLocation("/" + event.getLocation().getPath());
            return;
        }
        if (slug == null) {
            slug = wanted;
            brand(found.get());
            build();
            show(1, true);
        }
    }

    private void build() {
        H1 title = new H1(getTranslation("booking.title"));
        title.setId("booking-title");
        title.getStyle().set("font-size", "2rem").set("margin", "0.5rem 0");
        main.add(title);
        if (organisation.getBookingIntro() != null && !organisation.getBookingIntro().isBlank()) {
            Paragraph intro = new Paragraph(organisation.getBookingIntro());
            intro.setId("booking-intro");
            main.add(intro);
        }
        counter.setId("booking-step-counter");
        counter.getStyle().set("font-weight", "600");
        heading.setId("booking-step-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getStyle().set("margin-top", "0.25rem").set("outline-offset", "4px");
        problem.setId("booking-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600").set("margin", "0");
        main.add(counter, heading, problem);

        topic = new TopicStep(desk, validator, slug, phone());
        place = new PlaceStep(desk);
        mode = new ModeStep(organisation.getOfficeAddress());
        time = new TimeStep(() -> desk.freeSlots(slug, place.municipality(), place.postcode(), mode.mode()));
        contact = new ContactStep(validator);
        Div summaryStep = new Div(summary);
        summaryStep.setId("booking-step-6");
        summary.setId("booking-summary");
        summaryStep.setVisible(false);
        steps = List.of(topic, place, mode, time, contact, summaryStep);
        steps.forEach(main::add);

        back.setText(getTranslation("booking.back"));
        back.setId("booking-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClickListener(e -> show(step - 1, true));
        next.setText(getTranslation("booking.next"));
        next.setId("booking-next");
        next.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (current().map(BookingStep::check).orElse(true)) {
                show(step + 1, true);
            }
        });
        send.setText(getTranslation("booking.send"));
        send.setId("booking-send");
        send.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        Div buttons = new Div(back, next, send);
        buttons.setId("booking-buttons");
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem").set("margin-top", "1.5rem");
        main.add(buttons, done, callUs());
    }

    private Optional<BookingStep> current() {
        return steps.get(step - 1) instanceof BookingStep s ? Optional.of(s) : Optional.empty();
    }

    /** Shows one step; its heading gets the focus, so a screen reader reads where the member is. */
    private void show(int wanted, boolean focusHeading) {
        step = Math.max(1, Math.min(STEPS, wanted));
        problem.setText("");
        for (int i = 0; i < STEPS; i++) {
            steps.get(i).setVisible(i == step - 1);
        }
        counter.setText(getTranslation("booking.stepOf", step, STEPS));
        heading.setText(current().map(BookingStep::heading).orElse(getTranslation("booking.step" + STEPS)));
        back.setVisible(step > 1);
        next.setVisible(step < STEPS);
        send.setVisible(step == STEPS);
        current().ifPresent(BookingStep::entered);
        if (step == STEPS) {
            fillSummary();
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (focusHeading) {
            heading.getElement().executeJs("this.focus()");
        }
    }

    private void fillSummary() {
        summary.removeAll();
        String about = getTranslation("booking.topic." + topic.topic());
        if (topic.question() != null) {
            about += ". " + topic.question();
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        rows.put("topic", new String[] {"booking.summary.topic", about, "1"});
        if (topic.decisionDate() != null) {
            rows.put("decision", new String[] {"booking.summary.decision", longDay(this, topic.decisionDate()), "1"});
        }
        rows.put("place", new String[] {"booking.summary.place", place.address(), "2"});
        rows.put("mode", new String[] {"booking.summary.mode", getTranslation("booking.mode." + mode.mode()), "3"});
        rows.put("time", new String[] {"booking.summary.time", time.summary(), "4"});
        rows.put("contact", new String[] {"booking.summary.contact", contact.summary(), "5"});
        rows.forEach((key, row) -> {
            Div line = new Div();
            line.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("padding", "0.5rem 0");
            Span label = new Span(getTranslation(row[0]));
            label.getStyle().set("font-weight", "700").set("display", "block");
            Span value = new Span(row[1]);
            value.setId("summary-" + key);
            value.getStyle().set("display", "block");
            int target = Integer.parseInt(row[2]);
            Button change = new Button(getTranslation("booking.change"), e -> show(target, true));
            change.setId("change-" + key);
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("booking.change.label", getTranslation(row[0])));
            line.add(label, value, change);
            summary.add(line);
        });
    }

    private void send() {
        for (int i = 1; i < STEPS; i++) {
            if (!((BookingStep) steps.get(i - 1)).check()) {
                show(i, false);
                problem.setText(getTranslation("booking.checkField"));
                return;
            }
        }
        FreeSlot slot = time.chosen();
        BookingForm form = new BookingForm(topic.topic(), topic.decisionDate(), topic.question(),
                place.postcode(), place.houseNumber(), place.street(), place.municipality(), mode.mode(),
                slot == null ? null : slot.start().toInstant(), contact.givenName(), contact.surnamePrefix(),
                contact.surname(), contact.phone(), contact.email(), contact.consent());
        try {
            confirm(desk.book(slug, form, clientAddress()));
        } catch (RuntimeException refusal) {
            explain(refusal);
        }
    }

    private void explain(RuntimeException refusal) {
        var taken = Failures.find(refusal, SlotTaken.class);
        var refused = Failures.find(refusal, BookingRefused.class);
        var invalid = Failures.find(refusal, ConstraintViolationException.class);
        if (Failures.causedBy(refusal, RateLimited.class)) {
            problem.setText(getTranslation("booking.rateLimited", phone()));
        } else if (taken.isPresent()) {
            show(4, false);
            time.taken(taken.get().next().orElse(null), () -> show(STEPS, true));
        } else if (refused.isPresent()) {
            placeRefusal(refused.get());
        } else if (invalid.isPresent()) {
            placeViolations(invalid.get());
        } else {
            throw refusal;
        }
    }

    /** A refusal of the desk, at the field it names (or the one its reason is about), on that field's step. */
    private void placeRefusal(BookingRefused refused) {
        String key = "booking.refused." + refused.key();
        String text = BookingStep.hasText(this, key) ? getTranslation(key) : getTranslation("booking.refused.other", phone());
        String name = refused.field() != null ? refused.field() : switch (refused.key()) {
            case "topicRequired" -> "topic";
            case "modeRequired" -> "mode";
            default -> "";
        };
        if ("past".equals(refused.key()) || "slotStart".equals(name)) {
            show(4, false);
            time.refuse(text);
            return;
        }
        for (int i = 1; i < STEPS; i++) {
            Optional<HasValidation> field = ((BookingStep) steps.get(i - 1)).field(name);
            if (field.isPresent()) {
                show(i, false);
                BookingStep.refuse(field.get(), text);
                problem.setText(getTranslation("booking.checkField"));
                BookingStep.focus(field.get());
                return;
            }
        }
        problem.setText(text);
    }

    /** The request's own rules, broken: each at its field, the member brought to the first step with one. */
    private void placeViolations(ConstraintViolationException invalid) {
        int first = 0;
        HasValidation firstField = null;
        for (var violation : invalid.getConstraintViolations()) {
            String name = violation.getPropertyPath().toString();
            for (int i = 1; i < STEPS; i++) {
                Optional<HasValidation> field = ((BookingStep) steps.get(i - 1)).field(name);
                if (field.isPresent()) {
                    BookingStep.refuse(field.get(), BookingStep.text(this, violation));
                    if (first == 0 || i < first) {
                        first = i;
                        firstField = field.get();
                    }
                    break;
                }
            }
        }
        if (firstField == null) {
            problem.setText(getTranslation("booking.refused.other", phone()));
            return;
        }
        show(first, false);
        problem.setText(getTranslation("booking.checkField"));
        BookingStep.focus(firstField);
    }

    private void confirm(nl.tafelgenoot.domain.booking.Booked booked) {
        steps.forEach(s -> s.setVisible(false));
        back.setVisible(false);
        next.setVisible(false);
        send.setVisible(false);
        counter.setVisible(false);
        problem.setText("");
        heading.setText(getTranslation("booking.done"));
        heading.setId("booking-done-heading");
        done.show(booked, slug, phone());
        callUs().setVisible(false);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        heading.getElement().executeJs("this.focus()");
    }

    /** "dinsdag 1 december 2026" in the page's language. */
    static String longDay(Component translator, LocalDate day) {
        return DateTimeFormatter.ofPattern(translator.getTranslation("booking.longDayPattern"), UI.getCurrent().getLocale())
                .format(day);
    }

    @Override
    public String getPageTitle() {
        String name = organisation == null ? getTranslation("app.name") : organisation.getName();
        if (steps != null && !done.isVisible()) {
            return getTranslation("booking.stepOf", step, STEPS) + ": " + heading.getText() + " – " + name;
        }
        return getTranslation("booking.pageTitle", name);
    }
}
