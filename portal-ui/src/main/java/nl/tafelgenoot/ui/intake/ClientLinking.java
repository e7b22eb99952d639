package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.PossibleDuplicate;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * Step 1 of a request: which client it is about. Shows the linked client, or the clients who may
 * be the same person (same name and date of birth, or same phone) to choose from, and the way to
 * register a new client from the request, which needs a tick "someone else" when there are any.
 */
class ClientLinking extends VerticalLayout {

    ClientLinking(IntakeRequest request, IntakeService intake, Runnable changed) {
        setPadding(false);
        setId("intake-client");
        add(new H3(getTranslation("intake.client.title")));
        Client linked = request.getClient();
        if (linked != null) {
            add(new Paragraph(new Span(getTranslation("intake.client.linked") + " "), IntakeView.clientLink(linked)));
            return;
        }
        add(new Paragraph(getTranslation("intake.client.none")));
        List<PossibleDuplicate> duplicates = intake.possibleClients(request.getPublicId());
        Checkbox despite = new Checkbox(getTranslation("intake.client.despite"));
        despite.setId("intake-despite");
        if (duplicates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.client.noDuplicates"));
            none.setId("intake-no-duplicates");
            add(none);
        } else {
            Paragraph warning = new Paragraph(getTranslation("intake.client.duplicates"));
            warning.setId("intake-duplicates-warning");
            warning.getStyle().set("font-weight", "600");
            UnorderedList list = new UnorderedList();
            list.setId("intake-duplicates");
            DateTimeFormatter dates = DatePickers.format();
            for (PossibleDuplicate d : duplicates) {
                Client c = d.client();
                String why = d.reasons().stream().sorted().map(r -> getTranslation("duplicateReason." + r))
                        .collect(Collectors.joining(", "));
                Span text = new Span(getTranslation("intake.client.duplicate", c.getFullName(),
                        c.getDateOfBirth() == null ? "–" : dates.format(c.getDateOfBirth()),
                        Objects.requireNonNullElse(c.getPhone(), "–"), why) + " ");
                Button same = new Button(getTranslation("intake.client.same"), e -> Refusals.at(null, this, () -> {
                    intake.linkClient(request.getPublicId(), c.getPublicId());
                    Notification.show(getTranslation("intake.client.chosen", c.getFullName()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    changed.run();
                }));
                same.setId("same-" + c.getPublicId());
                same.addThemeVariants(ButtonVariant.LUMO_SMALL);
                list.add(new ListItem(text, same));
            }
            add(warning, list, despite);
        }
        Button register = new Button(getTranslation("intake.client.register"), e -> Refusals.at(null, this, () -> {
            IntakeRequest linkedNow = intake.registerClient(request.getPublicId(), despite.getValue());
            Notification.show(getTranslation("intake.client.registered", linkedNow.getClient().getFullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }));
        register.setId("intake-register");
        add(register);
    }
}
