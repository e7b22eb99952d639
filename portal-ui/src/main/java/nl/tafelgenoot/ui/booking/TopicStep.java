package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Optional;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.ObjectionCheck;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * Step 1, what it is about: a topic and, optionally, the question in the member's words. For help
 * with an objection the date of the decision letter, which at once shows until when an objection
 * can be made, urgent at 14 days or fewer, and a plain text when the time has passed (we still
 * help: call).
 */
class TopicStep extends BookingStep {

    private final PublicBooking desk;
    private final Validator validator;
    private final String slug;
    private final String phone;
    private final RadioButtonGroup<IntakeTopic> topic = new RadioButtonGroup<>();
    private final TextArea question = new TextArea();
    private final DatePicker decisionDate;
    private final Div deadline = new Div();

    TopicStep(PublicBooking desk, Validator validator, String slug, String phone) {
        super("booking-step-1", "booking.step1");
        this.desk = desk;
        this.validator = validator;
        this.slug = slug;
        this.phone = phone;
        topic.setId("booking-topic");
        topic.setLabel(getTranslation("booking.topic"));
        topic.setItems(IntakeTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("booking.topic." + t));
        topic.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        decisionDate = DatePickers.create("booking-decision-date", getTranslation("booking.decisionDate"));
        decisionDate.setHelperText(getTranslation("booking.decisionDate.help"));
        decisionDate.setManualValidation(true);
        decisionDate.setVisible(false);
        decisionDate.addValueChangeListener(e -> showDeadline());
        topic.addValueChangeListener(e -> {
            topic.setInvalid(false);
            decisionDate.setVisible(e.getValue() == IntakeTopic.OBJECTION);
            deadline.setVisible(e.getValue() == IntakeTopic.OBJECTION);
        });
        deadline.setId("booking-deadline");
        deadline.getElement().setAttribute("aria-live", "polite");
        deadline.setVisible(false);
        question.setId("booking-question");
        question.setLabel(getTranslation("booking.question"));
        question.setHelperText(getTranslation("booking.question.help"));
        question.setMaxLength(2000);
        question.setWidthFull();
        question.setManualValidation(true);
        question.addValueChangeListener(e -> question.setInvalid(false));
        add(topic, decisionDate, deadline, question);
    }

    IntakeTopic topic() {
        return topic.getValue();
    }

    /** The decision date, for help with an objection only. */
    LocalDate decisionDate() {
        return topic.getValue() == IntakeTopic.OBJECTION ? decisionDate.getValue() : null;
    }

    String question() {
        return blankToNull(question.getValue());
    }

    @Override
    boolean check() {
        boolean ok = true;
        if (topic.getValue() == null) {
            ok = refuse(topic, getTranslation("booking.topic.required"));
        } else if (topic.getValue() == IntakeTopic.OBJECTION) {
            ok = showDeadline();
        }
        if (question() != null) {
            ok = valid(validator, question, "question", question()) && ok;
        }
        return ok;
    }

    @Override
    Optional<HasValidation> field(String name) {
        return Optional.ofNullable(switch (name) {
            case "topic" -> topic;
            case "decisionDate" -> decisionDate;
            case "question" -> question;
            default -> null;
        });
    }

    /** Shows the objection deadline for the decision date typed; false when there is no usable date. */
    private boolean showDeadline() {
        deadline.removeAll();
        decisionDate.setInvalid(false);
        LocalDate date = decisionDate.getValue();
        if (date == null) {
            return refuse(decisionDate, getTranslation("booking.refused.decisionDateRequired"));
        }
        ObjectionCheck check;
        try {
            check = desk.objectionDeadline(slug, date);
        } catch (RuntimeException refusal) {
            var refused = Failures.find(refusal, BookingRefused.class);
            if (refused.isEmpty()) {
                throw refusal;
            }
            return refuse(decisionDate, getTranslation("booking.refused." + refused.get().key()));
        }
        String last = BookingView.longDay(this, check.deadline().date());
        Paragraph until = new Paragraph(getTranslation("booking.deadline", last));
        until.setId("booking-deadline-date");
        until.getStyle().set("font-weight", "700");
        deadline.add(until);
        if (check.passed()) {
            until.setText(getTranslation("booking.deadline.passed", last, phone));
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
}
