package nl.tafelgenoot.ui.forgotten;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.people.ForgottenPasswords;
import nl.tafelgenoot.ui.security.LoginView;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * "Wachtwoord vergeten?": someone types their e-mail address and gets a link to choose a new
 * password. The page answers the same for every well-formed address, known or not, so it cannot be
 * used to find out who has an account; the link itself opens the invitation page
 * ({@code people.InvitationView}), which also serves the admin's access-reset links.
 */
@Route(ForgottenPasswordView.ROUTE)
@PublicView
public class ForgottenPasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "wachtwoord-vergeten";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ForgottenPasswords forgotten;
    private final EmailField email = new EmailField();
    private final Div message = new Div();
    private final VerticalLayout form = new VerticalLayout();

    @Inject
    public ForgottenPasswordView(ForgottenPasswords forgotten) {
        this.forgotten = forgotten;
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        getElement().setAttribute("role", "main");

        H1 title = new H1(getTranslation("forgotten.title"));
        title.setId("forgotten-title");
        email.setId("forgotten-email");
        email.setLabel(getTranslation("forgotten.email"));
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setAutofocus(true);
        message.setId("forgotten-message");
        message.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("forgotten.send"), e -> send());
        send.setId("forgotten-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        form.setPadding(false);
        form.add(new Paragraph(getTranslation("forgotten.intro")), email, send);
        RouterLink back = new RouterLink(getTranslation("forgotten.toLogin"), LoginView.class);
        back.setId("forgotten-login");
        add(title, message, form, back);
    }

    private void send() {
        email.setInvalid(false);
        String typed = email.getValue() == null ? "" : email.getValue().strip();
        if (!EMAIL.matcher(typed).matches() || typed.length() > 254) {
            email.setErrorMessage(getTranslation(typed.isEmpty() ? "forgotten.email.required" : "forgotten.email.invalid"));
            email.setInvalid(true);
            email.focus();
            return;
        }
        try {
            forgotten.request(typed, clientAddress());
        } catch (RateLimited tooOften) {
            email.setErrorMessage(getTranslation("forgotten.tooOften"));
            email.setInvalid(true);
            email.focus();
            return;
        }
        form.setVisible(false);
        message.setText(getTranslation("forgotten.sent"));
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgotten.title") + " – " + getTranslation("app.name");
    }
}
