package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 5, how to reach the member: name and phone (needed), e-mail only if they have it (many
 * have none), and their consent to keeping the request, explained in plain words.
 */
class ContactStep extends BookingStep {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Validator validator;
    private final TextField givenName;
    private final TextField surnamePrefix;
    private final TextField surname;
    private final TextField phone;
    private final TextField email;
    private final Checkbox consent = new Checkbox();

    ContactStep(Validator validator) {
        super("booking-step-5", "booking.step5");
        this.validator = validator;
        givenName = text(this, "booking-given-name", "booking.givenName", true, 100);
        surnamePrefix = text(this, "booking-surname-prefix", "booking.surnamePrefix", false, 30);
        surname = text(this, "booking-surname", "booking.surname", true, 100);
        phone = text(this, "booking-phone", "booking.phone", true, 30);
        phone.setHelperText(getTranslation("booking.phone.help"));
        email = text(this, "booking-email", "booking.email", false, 254);
        email.setHelperText(getTranslation("booking.email.help"));
        Paragraph consentText = new Paragraph(getTranslation("booking.consent.text"));
        consentText.setId("booking-consent-text");
        consent.setId("booking-consent");
        consent.setLabel(getTranslation("booking.consent"));
        consent.setManualValidation(true);
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        add(givenName, surnamePrefix, surname, phone, email, consentText, consent);
    }

    String givenName() {
        return givenName.getValue().strip();
    }

    String surnamePrefix() {
        return blankToNull(surnamePrefix.getValue());
    }

    String surname() {
        return surname.getValue().strip();
    }

    String phone() {
        return phone.getValue().strip();
    }

    String email() {
        return blankToNull(email.getValue());
    }

    boolean consent() {
        return consent.getValue();
    }

    /** "Marijke de Vos, 030-6912345, marijke@example.org", for the summary. */
    String summary() {
        String name = givenName() + " " + (surnamePrefix() == null ? "" : surnamePrefix() + " ") + surname();
        return name + ", " + phone() + (email() == null ? "" : ", " + email());
    }

    @Override
    boolean check() {
        boolean ok = required(givenName) && valid(validator, givenName, "givenName", givenName());
        ok = valid(validator, surnamePrefix, "surnamePrefix", surnamePrefix()) && ok;
        ok = required(surname) && valid(validator, surname, "surname", surname()) && ok;
        ok = required(phone) && valid(validator, phone, "phone", phone()) && ok;
        if (email() != null && !EMAIL.matcher(email()).matches()) {
            ok = refuse(email, getTranslation("booking.invalid.email")) && ok;
        } else {
            ok = valid(validator, email, "email", email()) && ok;
        }
        if (!consent.getValue()) {
            ok = refuse(consent, getTranslation("booking.consent.required")) && ok;
        }
        return ok;
    }

    @Override
    Optional<HasValidation> field(String name) {
        return Optional.ofNullable(switch (name) {
            case "givenName" -> givenName;
            case "surnamePrefix" -> surnamePrefix;
            case "surname" -> surname;
            case "phone" -> phone;
            case "email" -> email;
            case "consent" -> consent;
            default -> null;
        });
    }
}
