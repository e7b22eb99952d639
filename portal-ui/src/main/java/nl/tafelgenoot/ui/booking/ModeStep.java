package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Optional;
import nl.tafelgenoot.domain.booking.MeetingMode;

/** Step 3, how to meet: at home, by phone or at the office (whose address is shown). */
class ModeStep extends BookingStep {

    private final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>();

    ModeStep(String officeAddress) {
        super("booking-step-3", "booking.step3");
        mode.setId("booking-mode");
        mode.setLabel(getTranslation("booking.mode"));
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("booking.mode." + m));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.addValueChangeListener(e -> mode.setInvalid(false));
        add(mode);
        if (officeAddress != null && !officeAddress.isBlank()) {
            Paragraph office = new Paragraph(getTranslation("booking.office", officeAddress));
            office.setId("booking-office");
            add(office);
        }
    }

    MeetingMode mode() {
        return mode.getValue();
    }

    @Override
    boolean check() {
        return mode.getValue() != null || refuse(mode, getTranslation("booking.mode.required"));
    }

    @Override
    Optional<HasValidation> field(String name) {
        return "mode".equals(name) ? Optional.of(mode) : Optional.empty();
    }
}
