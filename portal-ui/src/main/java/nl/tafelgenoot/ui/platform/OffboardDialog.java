package nl.tafelgenoot.ui.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.tafelgenoot.domain.offboarding.Offboarding;
import nl.tafelgenoot.domain.offboarding.OffboardingRefused;
import nl.tafelgenoot.domain.offboarding.OffboardingService;
import nl.tafelgenoot.domain.platform.OrganisationLine;
import nl.tafelgenoot.domain.shared.NotFoundException;

/**
 * Asks the operator to be sure before an organisation leaves: what happens now (no logins, no
 * bookings, export links to its admins), what happens after the waiting period (everything deleted,
 * for good), and the booking-page address retyped as confirmation. A wrong address is refused at
 * the field and the dialog stays open with what was typed.
 */
class OffboardDialog extends Dialog {

    private final TextField confirmation = new TextField();

    OffboardDialog(OffboardingService offboarding, OrganisationLine line, Runnable done) {
        setHeaderTitle(getTranslation("offboarding.start.title", line.name()));
        getElement().setAttribute("aria-label", getTranslation("offboarding.start.title", line.name()));
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(Instant.now().plus(Offboarding.WAITING_PERIOD).atZone(ZoneId.of("Europe/Amsterdam")));
        UnorderedList steps = new UnorderedList(new ListItem(getTranslation("offboarding.start.now", line.name())),
                new ListItem(getTranslation("offboarding.start.links")),
                new ListItem(getTranslation("offboarding.start.later", until)));
        confirmation.setId("offboard-confirmation");
        confirmation.setLabel(getTranslation("offboarding.start.confirm", line.slug()));
        confirmation.setWidthFull();
        confirmation.setRequiredIndicatorVisible(true);
        add(steps, new Paragraph(getTranslation("offboarding.start.undo")), confirmation);
        Button start = new Button(getTranslation("offboarding.start.button"), e -> {
            try {
                offboarding.start(line.id(), confirmation.getValue());
                Notification.show(getTranslation("offboarding.start.done", line.name()));
                close();
                done.run();
            } catch (OffboardingRefused refused) {
                confirmation.setErrorMessage(getTranslation("offboarding.refused." + refused.key(), line.slug()));
                confirmation.setInvalid(true);
            } catch (NotFoundException gone) {
                Notification.show(getTranslation("platform.gone"));
                close();
                done.run();
            }
        });
        start.setId("offboard-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("platform.cancel"), e -> close());
        cancel.setId("offboard-cancel");
        getFooter().add(cancel, start);
        setWidth("min(40rem, 95vw)");
    }
}
