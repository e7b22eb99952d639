package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.municipalities.Municipality;

/**
 * Step 2, where the member lives: postcode (checked and written as 1234 AB on the server) and
 * house number, street if they like. The municipality is found by the postcode and shown; when
 * the reference list cannot tell, the member chooses it from the list of municipalities.
 */
class PlaceStep extends BookingStep {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?");

    private final PublicBooking desk;
    private final TextField postcode;
    private final TextField houseNumber;
    private final TextField street;
    private final Paragraph municipalityFound = new Paragraph();
    private final ComboBox<String> municipalityChoice = new ComboBox<>();
    private String foundMunicipality;

    PlaceStep(PublicBooking desk) {
        super("booking-step-2", "booking.step2");
        this.desk = desk;
        postcode = text(this, "booking-postcode", "booking.postcode", true, 7);
        postcode.setHelperText(getTranslation("booking.postcode.help"));
        postcode.getStyle().set("max-width", "12em");
        postcode.addValueChangeListener(e -> findMunicipality());
        houseNumber = text(this, "booking-house-number", "booking.houseNumber", true, 12);
        houseNumber.getStyle().set("max-width", "12em");
        street = text(this, "booking-street", "booking.street", false, 150);
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
        add(postcode, houseNumber, street, municipalityFound, municipalityChoice);
    }

    String postcode() {
        return postcode.getValue();
    }

    String houseNumber() {
        return houseNumber.getValue().strip();
    }

    String street() {
        return blankToNull(street.getValue());
    }

    String municipality() {
        return foundMunicipality != null ? foundMunicipality : municipalityChoice.getValue();
    }

    /** "Slotlaan 12, 3701 AB Zeist", for the summary. */
    String address() {
        return (street() == null ? "" : street() + " ") + houseNumber() + ", " + postcode() + " " + municipality();
    }

    @Override
    boolean check() {
        boolean ok = true;
        var matcher = POSTCODE.matcher(postcode.getValue().strip());
        if (!matcher.matches()) {
            ok = refuse(postcode, getTranslation("booking.invalid.postcode"));
        } else {
            String normal = matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
            if (!normal.equals(postcode.getValue())) {
                postcode.setValue(normal);
            }
        }
        if (!HOUSE_NUMBER.matcher(houseNumber()).matches()) {
            ok = refuse(houseNumber, getTranslation("booking.invalid.houseNumber")) && ok;
        }
        if (ok && municipality() == null) {
            municipalityChoice.setVisible(true);
            ok = refuse(municipalityChoice, getTranslation("booking.municipality.required"));
        }
        return ok;
    }

    @Override
    Optional<HasValidation> field(String name) {
        if ("municipality".equals(name)) {
            // The desk did not know the municipality found or chosen: let the member choose.
            foundMunicipality = null;
            municipalityFound.setText("");
            municipalityChoice.setVisible(true);
        }
        return Optional.ofNullable(switch (name) {
            case "postcode" -> postcode;
            case "address", "houseNumber" -> houseNumber;
            case "street" -> street;
            case "municipality" -> municipalityChoice;
            default -> null;
        });
    }

    private void findMunicipality() {
        boolean wellFormed = POSTCODE.matcher(postcode.getValue().strip()).matches();
        foundMunicipality = wellFormed ? desk.municipalityOf(postcode.getValue().strip()).orElse(null) : null;
        if (foundMunicipality != null) {
            municipalityFound.setText(getTranslation("booking.municipality.found", foundMunicipality));
            municipalityChoice.setVisible(false);
        } else {
            municipalityFound.setText("");
            municipalityChoice.setVisible(wellFormed);
        }
    }
}
