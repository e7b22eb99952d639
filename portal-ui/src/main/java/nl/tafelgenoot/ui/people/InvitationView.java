package nl.tafelgenoot.ui.people;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.PasswordPolicy;
import nl.tafelgenoot.domain.accounts.PasswordRefused;
import nl.tafelgenoot.domain.people.InvitationService;
import nl.tafelgenoot.domain.people.LinkDetails;
import nl.tafelgenoot.domain.people.LinkNotUsable;
import nl.tafelgenoot.ui.security.LoginView;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * The public page of an invitation, access-reset or forgotten-password link: the invitee chooses their password (or,
 * with an account already, just accepts) and then logs in. Every link that does not work shows the
 * same page, whatever the reason, so the page tells nothing about other people's links.
 */
@Route("uitnodiging/:token")
@PublicView
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String token;

    @Inject
    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<LinkDetails> details = invitations.details(token);
        details.ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(LinkDetails details) {
        boolean reset = details.purpose().choosesNewPassword();
        H1 title = new H1(getTranslation("invitation.welcome", details.name()));
        title.setId("invitation-title");
        add(title, new Paragraph(getTranslation(reset ? "invitation.reset.intro" : "invitation.intro",
                reset ? details.email() : details.organisationName())));
        Button accept = new Button(getTranslation(reset ? "invitation.reset.save" : "invitation.accept"), e -> accept());
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (details.choosesPassword()) {
            chosen.setId("invitation-password");
            chosen.setLabel(getTranslation("invitation.password"));
            chosen.setHelperText(getTranslation("invitation.password.help", PasswordPolicy.MIN_LENGTH));
            chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
            chosen.setRequiredIndicatorVisible(true);
            chosen.setWidthFull();
            repeat.setId("invitation-repeat");
            repeat.setLabel(getTranslation("invitation.repeat"));
            repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
            repeat.setRequiredIndicatorVisible(true);
            repeat.setWidthFull();
            add(chosen, repeat);
        } else {
            add(new Paragraph(getTranslation("invitation.existing", details.email())));
        }
        add(accept);
    }

    private void showInvalid() {
        H1 title = new H1(getTranslation("invitation.invalid.title"));
        title.setId("invitation-invalid");
        Button login = new Button(getTranslation("invitation.toLogin"), e -> UI.getCurrent().navigate(LoginView.class));
        login.setId("invitation-login");
        add(title, new Paragraph(getTranslation("invitation.invalid.text")), login);
    }

    private void accept() {
        chosen.setInvalid(false);
        repeat.setInvalid(false);
        try {
            invitations.use(token, chosen.getValue(), repeat.getValue());
            Notification.show(getTranslation("invitation.done"));
            UI.getCurrent().navigate(LoginView.class);
        } catch (PasswordRefused refused) {
            PasswordField field = Map.of("chosen", chosen, "repeat", repeat).getOrDefault(refused.field(), chosen);
            List<String> hints = refused.hints(getLocale());
            String message = getTranslation("account.password.refused." + refused.key(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
            field.setErrorMessage(hints.isEmpty() ? message : message + " " + String.join(" ", hints));
            field.setInvalid(true);
            field.focus();
        } catch (LinkNotUsable gone) {
            removeAll();
            showInvalid();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " – " + getTranslation("app.name");
    }
}
