package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.booking.Booked;
import nl.tafelgenoot.domain.booking.BookingForm;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.booking.ObjectionCheck;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.booking.SlotTaken;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * An organisation's booking page for members of the public, without a login: the organisation
 * comes from the address (its slug) only. One question per screen for older members: what it is
 * about (with the objection deadline worked out at once), where they live, how to meet, a time
 * (or "call me back", always possible), how to reach them, and a summary to check. Every answer
 * stays while they go back and forth; a refusal of the desk brings them to the step and field it
 * concerns, with nothing typed lost. A time taken by someone else a moment earlier brings them
 * back to the times, with the next free one offered.
 */
@Route("boeken/:slug")
@PublicView
public class BookingView extends BookingPage implements BeforeEnterObserver {

    static final int STEPS = 6;
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PublicBooking desk;
    private final Validator validator;
    private String slug;

    private final H2 heading = new H2();
    private final Span counter = new Span();
    private final Div[] steps = new Div[STEPS + 1];
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button send = new Button();
    private final Paragraph problem = new Paragraph();
    private int step = 1;

    private final RadioButtonGroup<IntakeTopic> topic = new RadioButtonGroup<>();
    private final TextArea question = new TextArea();
    private DatePicker decisionDate;
    private final Div deadline = new Div();

    private final TextField postcode = new TextField();
    private final TextField houseNumber = new TextField();
    private final TextField street = new TextField();
    private final Paragraph municipalityFound = new Paragraph();
    private final ComboBox<String> municipalityChoice = new ComboBox<>();
    private String foundMunicipality;

    private final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>();

    private final SlotList slots = new SlotList("booking-slots", this::choose);
    private final Paragraph slotMessage = new Paragraph();
    private final Paragraph slotChosen = new Paragraph();
    private final Paragraph slotsNone = new Paragraph();
    private final Button takeNext = new Button();
    private final Button callBack = new Button();
    private FreeSlot chosenSlot;
    private FreeSlot offered;
    private boolean callMeBack;

    private final TextField givenName = new TextField();
    private final TextField surnamePrefix = new TextField();
    private final TextField surname = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final Checkbox consent = new Checkbox();

    private final Div summary = new Div();
    private final Div done = new Div();

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
        steps[1] = topicStep();
        steps[2] = placeStep();
        steps[3] = modeStep();
        steps[4] = timeStep();
        steps[5] = contactStep();
        steps[6] = summaryStep();
        for (int i = 1; i <= STEPS; i++) {
            steps[i].setId("booking-step-" + i);
            main.add(steps[i]);
        }
        back.setText(getTranslation("booking.back"));
        back.setId("booking-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClickListener(e -> show(step - 1, true));
        next.setText(getTranslation("booking.next"));
        next.setId("booking-next");
        next.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (check(step)) {
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
        done.setId("booking-done");
        done.setVisible(false);
        main.add(buttons, done, callUs());
    }

    // --- the steps -------------------------------------------------------------------------

    private Div topicStep() {
        topic.setId("booking-topic");
        topic.setLabel(getTranslation("booking.topic"));
        topic.setItems(IntakeTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("booking.topic." + t));
        topic.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        topic.addValueChangeListener(e -> {
            topic.setInvalid(false);
            decisionDate.setVisible(e.getValue() == IntakeTopic.OBJECTION);
            deadline.setVisible(e.getValue() == IntakeTopic.OBJECTION);
        });
        decisionDate = DatePickers.create("booking-decision-date", getTranslation("booking.decisionDate"));
        decisionDate.setHelperText(getTranslation("booking.decisionDate.help"));
        decisionDate.setManualValidation(true);
        decisionDate.setVisible(false);
        decisionDate.addValueChangeListener(e -> showDeadline());
        deadline.setId("booking-deadline");
        deadline.getElement().setAttribute("aria-live", "polite");
        deadline.setVisible(false);
        question.setId("booking-question");
        question.setLabel(getTranslation("booking.question"));
        question.setHelperText(getTranslation("booking.question.help"));
        question.setMaxLength(2000);
        question.setWidthFull();
        question.setManualValidation(true);
        return step(topic, decisionDate, deadline, question);
    }

    private Div placeStep() {
        postcode.setId("booking-postcode");
        postcode.setLabel(getTranslation("booking.postcode"));
        postcode.setHelperText(getTranslation("booking.postcode.help"));
        postcode.setRequiredIndicatorVisible(true);
        postcode.setManualValidation(true);
        postcode.setMaxLength(7);
        postcode.addValueChangeListener(e -> findMunicipality());
        houseNumber.setId("booking-house-number");
        houseNumber.setLabel(getTranslation("booking.houseNumber"));
        houseNumber.setRequiredIndicatorVisible(true);
        houseNumber.setManualValidation(true);
        houseNumber.setMaxLength(12);
        street.setId("booking-street");
        street.setLabel(getTranslation("booking.street"));
        street.setManualValidation(true);
        street.setMaxLength(150);
        municipalityFound.setId("booking-municipality");
        municipalityFound.getElement().setAttribute("aria-live", "polite");
        municipalityFound.getStyle().set("font-weight", "600");
        municipalityChoice.setId("booking-municipality-choice");
        municipalityChoice.setLabel(getTranslation("booking.municipality.choose"));
        municipalityChoice.setHelperText(getTranslation("booking.municipality.notFound"));
        municipalityChoice.setItems(desk.municipalities().stream().map(Municipality::getName).sorted().toList());
        municipalityChoice.setManualValidation(true);
        municipalityChoice.setVisible(false);
        municipalityChoice.addValueChangeListener(e -> municipalityChoice.setInvalid(false));
        return step(postcode, houseNumber, street, municipalityFound, municipalityChoice);
    }

    private Div modeStep() {
        mode.setId("booking-mode");
        mode.setLabel(getTranslation("booking.mode"));
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("booking.mode." + m));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.addValueChangeListener(e -> mode.setInvalid(false));
        Div step = step(mode);
        if (organisation.getOfficeAddress() != null && !organisation.getOfficeAddress().isBlank()) {
            Paragraph office = new Paragraph(getTranslation("booking.office", organisation.getOfficeAddress()));
            office.setId("booking-office");
            step.add(office);
        }
        return step;
    }

    private Div timeStep() {
        Paragraph intro = new Paragraph(getTranslation("booking.slots.intro"));
        slotMessage.setId("booking-slot-message");
        slotMessage.getElement().setAttribute("role", "alert");
        slotMessage.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600").set("margin", "0");
        takeNext.setId("booking-take-next");
        takeNext.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        takeNext.setVisible(false);
        takeNext.addClickListener(e -> {
            if (offered != null) {
                choose(offered);
                show(STEPS, true);
            }
        });
        slotsNone.setId("booking-slots-none");
        slotsNone.setText(getTranslation("booking.slots.none"));
        slotsNone.getStyle().set("font-weight", "600");
        slotsNone.setVisible(false);
        callBack.setText(getTranslation("booking.callBack"));
        callBack.setId("booking-call-back");
        callBack.addThemeVariants(ButtonVariant.LUMO_LARGE);
        callBack.getElement().setAttribute("aria-pressed", "false");
        callBack.addClickListener(e -> chooseCallBack());
        Paragraph callBackHelp = new Paragraph(getTranslation("booking.callBack.help"));
        slotChosen.setId("booking-slot-chosen");
        slotChosen.getElement().setAttribute("aria-live", "polite");
        slotChosen.getStyle().set("font-weight", "600");
        return step(intro, slotMessage, takeNext, slotsNone, slots, callBackHelp, callBack, slotChosen);
    }

    private Div contactStep() {
        text(givenName, "booking-given-name", "booking.givenName", true, 100);
        text(surnamePrefix, "booking-surname-prefix", "booking.surnamePrefix", false, 30);
        text(surname, "booking-surname", "booking.surname", true, 100);
        text(phone, "booking-phone", "booking.phone", true, 30);
        phone.setHelperText(getTranslation("booking.phone.help"));
        text(email, "booking-email", "booking.email", false, 254);
        email.setHelperText(getTranslation("booking.email.help"));
        Paragraph consentText = new Paragraph(getTranslation("booking.consent.text"));
        consentText.setId("booking-consent-text");
        consent.setId("booking-consent");
        consent.setLabel(getTranslation("booking.consent"));
        consent.setManualValidation(true);
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        return step(givenName, surnamePrefix, surname, phone, email, consentText, consent);
    }

    private Div summaryStep() {
        summary.setId("booking-summary");
        return step(summary);
    }

    private void text(TextField field, String id, String label, boolean required, int max) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setRequiredIndicatorVisible(required);
        field.setManualValidation(true);
        field.setMaxLength(max);
        field.setWidthFull();
        field.getStyle().set("max-width", "24em");
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    private static Div step(Component... content) {
        Div step = new Div(content);
        step.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
        step.setVisible(false);
        return step;
    }

    // --- moving between steps --------------------------------------------------------------

    /** Shows one step; its heading gets the focus, so a screen reader reads where the member is. */
    private void show(int wanted, boolean focusHeading) {
        step = Math.max(1, Math.min(STEPS, wanted));
        problem.setText("");
        for (int i = 1; i <= STEPS; i++) {
            steps[i].setVisible(i == step);
        }
        counter.setText(getTranslation("booking.stepOf", step, STEPS));
        heading.setText(getTranslation("booking.step" + step));
        back.setVisible(step > 1);
        next.setVisible(step < STEPS);
        send.setVisible(step == STEPS);
        if (step == 4) {
            loadSlots();
        } else if (step == STEPS) {
            fillSummary();
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (focusHeading) {
            heading.getElement().executeJs("this.focus()");
        }
    }

    /** Checks a step's answers on the server; false (with messages at the fields) when not complete. */
    private boolean check(int number) {
        return switch (number) {
            case 1 -> checkTopic();
            case 2 -> checkPlace();
            case 3 -> checkMode();
            case 4 -> checkTime();
            case 5 -> checkContact();
            default -> true;
        };
    }

    private boolean checkTopic() {
        boolean ok = true;
        if (topic.getValue() == null) {
            ok = refuse(topic, getTranslation("booking.topic.required"));
        } else if (topic.getValue() == IntakeTopic.OBJECTION) {
            ok = showDeadline();
        }
        if (!question.getValue().isBlank()) {
            ok = valid(question, "question", question.getValue().strip()) && ok;
        }
        return ok;
    }

    private boolean checkPlace() {
        boolean ok = true;
        String typed = postcode.getValue().strip();
        var matcher = POSTCODE.matcher(typed);
        if (!matcher.matches()) {
            ok = refuse(postcode, getTranslation("booking.invalid.postcode"));
        } else {
            String normal = matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
            if (!normal.equals(postcode.getValue())) {
                postcode.setValue(normal);
            }
        }
        if (!HOUSE_NUMBER.matcher(houseNumber.getValue().strip()).matches()) {
            ok = refuse(houseNumber, getTranslation("booking.invalid.houseNumber")) && ok;
        }
        if (ok && municipality() == null) {
            municipalityChoice.setVisible(true);
            ok = refuse(municipalityChoice, getTranslation("booking.municipality.required"));
        }
        return ok;
    }

    private boolean checkMode() {
        return mode.getValue() != null || refuse(mode, getTranslation("booking.mode.required"));
    }

    private boolean checkTime() {
        if (chosenSlot == null && !callMeBack) {
            slotMessage.setText(getTranslation("booking.slot.required"));
            return false;
        }
        return true;
    }

    private boolean checkContact() {
        boolean ok = required(givenName) && valid(givenName, "givenName", givenName.getValue().strip());
        ok = valid(surnamePrefix, "surnamePrefix", blankToNull(surnamePrefix.getValue())) && ok;
        ok = required(surname) && valid(surname, "surname", surname.getValue().strip()) && ok;
        ok = required(phone) && valid(phone, "phone", phone.getValue().strip()) && ok;
        if (!email.getValue().isBlank() && !EMAIL.matcher(email.getValue().strip()).matches()) {
            ok = refuse(email, getTranslation("booking.invalid.email")) && ok;
        } else {
            ok = valid(email, "email", blankToNull(email.getValue())) && ok;
        }
        if (!consent.getValue()) {
            ok = refuse(consent, getTranslation("booking.consent.required")) && ok;
        }
        return ok;
    }

    /**
     * Checks one answer against the rules the request itself is stored under (the same Bean
     * Validation the desk applies when booking), so the member hears of it at this step.
     */
    private boolean valid(HasValidation field, String property, String value) {
        var violations = validator.validateValue(IntakeRequest.class, property, value);
        return violations.isEmpty() || refuse(field, violationText(violations.iterator().next()));
    }

    private String violationText(ConstraintViolation<?> violation) {
        String key = "booking.invalid." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return getTranslation(hasText(key) ? key : "booking.invalid.other");
    }

    private boolean required(TextField field) {
        return !field.getValue().isBlank() || refuse(field, getTranslation("booking.required"));
    }

    /** Marks the field with the message; always false, to chain the checks of a step. */
    private static boolean refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    // --- step 1: the objection deadline ----------------------------------------------------

    /** Shows the objection deadline for the decision date typed; false when there is no usable date. */
    private boolean showDeadline() {
        deadline.removeAll();
        decisionDate.setInvalid(false);
        LocalDate date = decisionDate.getValue();
        if (date == null) {
            refuse(decisionDate, getTranslation("booking.refused.decisionDateRequired"));
            return false;
        }
        ObjectionCheck check;
        try {
            check = desk.objectionDeadline(slug, date);
        } catch (RuntimeException refusal) {
            var refused = Failures.find(refusal, BookingRefused.class);
            if (refused.isEmpty()) {
                throw refusal;
            }
            refuse(decisionDate, getTranslation("booking.refused." + refused.get().key()));
            return false;
        }
        String last = longDay(check.deadline().date());
        Paragraph until = new Paragraph(getTranslation("booking.deadline", last));
        until.setId("booking-deadline-date");
        until.getStyle().set("font-weight", "700");
        deadline.add(until);
        if (check.passed()) {
            until.setText(getTranslation("booking.deadline.passed", last, phone()));
            until.setId("booking-deadline-passed");
        } else if (check.urgent()) {
            Paragraph urgent = new Paragraph(check.daysLeft() == 0 ? getTranslation("booking.deadline.today")
                    : getTranslation("booking.deadline.urgent", check.daysLeft()));
            urgent.setId("booking-deadline-urgent");
            urgent.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "700");
            deadline.add(urgent);
        }
        return true;
    }

    // --- step 2: the municipality ----------------------------------------------------------

    private void findMunicipality() {
        postcode.setInvalid(false);
        foundMunicipality = POSTCODE.matcher(postcode.getValue().strip()).matches()
                ? desk.municipalityOf(postcode.getValue().strip()).orElse(null) : null;
        if (foundMunicipality != null) {
            municipalityFound.setText(getTranslation("booking.municipality.found", foundMunicipality));
            municipalityChoice.setVisible(false);
        } else {
            municipalityFound.setText("");
            municipalityChoice.setVisible(POSTCODE.matcher(postcode.getValue().strip()).matches());
        }
    }

    private String municipality() {
        return foundMunicipality != null ? foundMunicipality : municipalityChoice.getValue();
    }

    // --- step 4: the time ------------------------------------------------------------------

    private void loadSlots() {
        List<FreeSlot> free = desk.freeSlots(slug, municipality(), postcode.getValue(), mode.getValue());
        if (chosenSlot != null && free.stream().noneMatch(s -> s.start().toInstant().equals(chosenSlot.start().toInstant()))) {
            chosenSlot = null;
        }
        slots.show(free, chosenSlot == null ? null : chosenSlot.start());
        slotsNone.setVisible(free.isEmpty());
        showChoice();
    }

    private void choose(FreeSlot slot) {
        chosenSlot = slot;
        callMeBack = false;
        callBack.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callBack.getElement().setAttribute("aria-pressed", "false");
        slotMessage.setText("");
        takeNext.setVisible(false);
        showChoice();
    }

    private void chooseCallBack() {
        chosenSlot = null;
        callMeBack = true;
        slots.clearMark();
        callBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callBack.getElement().setAttribute("aria-pressed", "true");
        slotMessage.setText("");
        takeNext.setVisible(false);
        showChoice();
    }

    private void showChoice() {
        if (chosenSlot != null) {
            slotChosen.setText(getTranslation("booking.slot.chosen", SlotList.dayTime(this, chosenSlot.start())));
        } else if (callMeBack) {
            slotChosen.setText(getTranslation("booking.slot.callBackChosen"));
        } else {
            slotChosen.setText("");
        }
    }

    // --- step 6: summary and sending -------------------------------------------------------

    private void fillSummary() {
        summary.removeAll();
        String about = getTranslation("booking.topic." + topic.getValue());
        if (question.getValue() != null && !question.getValue().isBlank()) {
            about += ". " + question.getValue().strip();
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        rows.put("topic", new String[] {"booking.summary.topic", about, "1"});
        if (topic.getValue() == IntakeTopic.OBJECTION && decisionDate.getValue() != null) {
            rows.put("decision", new String[] {"booking.summary.decision", longDay(decisionDate.getValue()), "1"});
        }
        String place = (street.getValue().isBlank() ? "" : street.getValue().strip() + " ") + houseNumber.getValue().strip()
                + ", " + postcode.getValue() + " " + municipality();
        rows.put("place", new String[] {"booking.summary.place", place, "2"});
        rows.put("mode", new String[] {"booking.summary.mode", getTranslation("booking.mode." + mode.getValue()), "3"});
        rows.put("time", new String[] {"booking.summary.time", chosenSlot == null ? getTranslation("booking.summary.callBack")
                : SlotList.dayTime(this, chosenSlot.start()), "4"});
        String contact = fullName() + ", " + phone.getValue().strip()
                + (email.getValue().isBlank() ? "" : ", " + email.getValue().strip());
        rows.put("contact", new String[] {"booking.summary.contact", contact, "5"});
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

    private String fullName() {
        String prefix = surnamePrefix.getValue().isBlank() ? "" : surnamePrefix.getValue().strip() + " ";
        return givenName.getValue().strip() + " " + prefix + surname.getValue().strip();
    }

    private void send() {
        for (int i = 1; i < STEPS; i++) {
            if (!check(i)) {
                show(i, false);
                problem.setText(getTranslation("booking.checkField"));
                return;
            }
        }
        BookingForm form = new BookingForm(topic.getValue(),
                topic.getValue() == IntakeTopic.OBJECTION ? decisionDate.getValue() : null,
                blankToNull(question.getValue()), postcode.getValue(), houseNumber.getValue().strip(),
                blankToNull(street.getValue()), municipality(), mode.getValue(),
                chosenSlot == null ? null : chosenSlot.start().toInstant(), givenName.getValue().strip(),
                blankToNull(surnamePrefix.getValue()), surname.getValue().strip(), phone.getValue().strip(),
                blankToNull(email.getValue()), consent.getValue());
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
            problem.setId("booking-problem");
        } else if (taken.isPresent()) {
            chosenSlot = null;
            callMeBack = false;
            show(4, false);
            slotMessage.setText(getTranslation("booking.slot.taken"));
            offered = taken.get().next().orElse(null);
            if (offered != null) {
                takeNext.setText(getTranslation("booking.slot.takeNext", SlotList.dayTime(this, offered.start())));
            }
            takeNext.setVisible(offered != null);
            takeNext.focus();
        } else if (refused.isPresent()) {
            placeRefusal(refused.get());
        } else if (invalid.isPresent()) {
            placeViolations(invalid.get());
        } else {
            throw refusal;
        }
    }

    private void placeRefusal(BookingRefused refused) {
        String key = refused.key();
        String text = hasText("booking.refused." + key) ? getTranslation("booking.refused." + key)
                : getTranslation("booking.refused.other", phone());
        Field field = Field.of(this, refused.field() != null ? refused.field() : switch (key) {
            case "topicRequired" -> "topic";
            case "modeRequired" -> "mode";
            case "past" -> "slotStart";
            default -> "";
        });
        if (field == null) {
            problem.setText(text);
            return;
        }
        field.show(this, text);
    }

    private void placeViolations(ConstraintViolationException invalid) {
        Field first = null;
        for (var violation : invalid.getConstraintViolations()) {
            Field field = Field.of(this, violation.getPropertyPath().toString());
            if (field == null) {
                continue;
            }
            String text = violationText(violation);
            if (first == null || field.step < first.step) {
                first = field;
            }
            refuse(field.component, text);
        }
        if (first == null) {
            problem.setText(getTranslation("booking.refused.other", phone()));
            return;
        }
        show(first.step, false);
        problem.setText(getTranslation("booking.checkField"));
        focus(first.component);
    }

    /** A field of the form by the domain's name for it, with the step that holds it. */
    private record Field(int step, HasValidation component) {

        static Field of(BookingView view, String name) {
            return switch (name) {
                case "topic" -> new Field(1, view.topic);
                case "decisionDate" -> new Field(1, view.decisionDate);
                case "question" -> new Field(1, view.question);
                case "postcode" -> new Field(2, view.postcode);
                case "address", "houseNumber" -> new Field(2, view.houseNumber);
                case "street" -> new Field(2, view.street);
                case "municipality" -> new Field(2, view.municipalityChoice);
                case "mode" -> new Field(3, view.mode);
                case "givenName" -> new Field(5, view.givenName);
                case "surnamePrefix" -> new Field(5, view.surnamePrefix);
                case "surname" -> new Field(5, view.surname);
                case "phone" -> new Field(5, view.phone);
                case "email" -> new Field(5, view.email);
                case "consent" -> new Field(5, view.consent);
                case "slotStart" -> new Field(4, null);
                default -> null;
            };
        }

        void show(BookingView view, String text) {
            view.show(step, false);
            if (component == null) {
                view.slotMessage.setText(text);
                return;
            }
            if (component == view.municipalityChoice) {
                view.foundMunicipality = null;
                view.municipalityChoice.setVisible(true);
            }
            refuse(component, text);
            view.problem.setText(view.getTranslation("booking.checkField"));
            focus(component);
        }
    }

    private static void focus(HasValidation component) {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private boolean hasText(String key) {
        return !getTranslation(key).startsWith("!");
    }

    // --- the confirmation ------------------------------------------------------------------

    private void confirm(Booked booked) {
        for (int i = 1; i <= STEPS; i++) {
            steps[i].setVisible(false);
        }
        back.setVisible(false);
        next.setVisible(false);
        send.setVisible(false);
        counter.setVisible(false);
        problem.setText("");
        heading.setText(getTranslation("booking.done"));
        heading.setId("booking-done-heading");
        Paragraph referenceLabel = new Paragraph(getTranslation("booking.done.reference"));
        referenceLabel.getStyle().set("margin-bottom", "0");
        Paragraph reference = new Paragraph(booked.reference());
        reference.setId("booking-reference");
        reference.getStyle().set("font-size", "2.5rem").set("font-weight", "700").set("letter-spacing", "0.1em")
                .set("margin-top", "0");
        Paragraph when = new Paragraph(booked.callMeBack() ? getTranslation("booking.done.callBack")
                : SlotList.capitalised(SlotList.dayTime(this, booked.start())) + ", "
                + getTranslation("booking.mode." + booked.mode()).toLowerCase(getLocale()) + ".");
        when.setId("booking-time");
        when.getStyle().set("font-size", "1.5rem").set("font-weight", "600");
        Paragraph mailed = new Paragraph(getTranslation(booked.mailed() ? "booking.done.mailed" : "booking.done.notMailed"));
        mailed.setId("booking-mailed");
        done.add(referenceLabel, reference, when, mailed);
        if (booked.manageToken() != null) {
            String path = "boeken/" + slug + "/afspraak/" + booked.manageToken();
            Anchor link = new Anchor(path, base() + path);
            link.setId("booking-manage-link");
            link.getStyle().set("word-break", "break-all");
            done.add(new Paragraph(getTranslation("booking.done.link")), link);
        }
        Paragraph call = new Paragraph(getTranslation("booking.done.phone", phone()));
        call.setId("booking-done-phone");
        done.add(call);
        done.setVisible(true);
        callUs().setVisible(false);
        heading.getElement().executeJs("this.focus()");
    }

    /** The page's own address up to the application's root, so the shown link is the one to note down. */
    private static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean standard = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port) + http.getContextPath() + "/";
    }

    private String longDay(LocalDate day) {
        return DateTimeFormatter.ofPattern(getTranslation("booking.longDayPattern"), getLocale()).format(day);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        String name = organisation == null ? getTranslation("app.name") : organisation.getName();
        if (step >= 1 && steps[1] != null && !done.isVisible()) {
            return getTranslation("booking.stepOf", step, STEPS) + ": " + getTranslation("booking.step" + step)
                    + " – " + name;
        }
        return getTranslation("booking.pageTitle", name);
    }
}
