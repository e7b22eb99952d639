package nl.tafelgenoot.ui.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import nl.tafelgenoot.ui.deadlines.DeadlineCalculatorView;
import nl.tafelgenoot.ui.forgotten.ForgottenPasswordView;
import nl.tafelgenoot.ui.organisations.ChooseOrganisationView;
import org.apache.shiro.SecurityUtils;

/**
 * The login page: e-mail address and password, large and plain. Every refusal reads the same,
 * whether the address is unknown, the password wrong or the identity locked for a while.
 */
@Route(LoginView.ROUTE)
@PublicView
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    private static final String ERROR_COLOUR = "var(--lumo-error-text-color)";

    private final SignIn signIn;
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final TextField code = new TextField();
    private final Div message = new Div();

    @Inject
    public LoginView(SignIn signIn) {
        this.signIn = signIn;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setPadding(true);
        // The page's main landmark, so a screen reader can jump straight to the form.
        getElement().setAttribute("role", "main");

        H1 name = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        H2 title = new H2(getTranslation("login.title"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));

        email.setId("email");
        email.setLabel(getTranslation("login.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        email.setWidthFull();
        email.setAutofocus(true);
        password.setId("password");
        password.setLabel(getTranslation("login.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();

        code.setId("login-code");
        code.setLabel(getTranslation("login.code"));
        code.setHelperText(getTranslation("login.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        code.setVisible(false);

        message.setId("login-message");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", ERROR_COLOUR).set("font-weight", "600");

        Button submit = new Button(getTranslation("login.submit"), e -> logIn());
        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        RouterLink forgotten = new RouterLink(getTranslation("forgotten.link"), ForgottenPasswordView.class);
        forgotten.setId("login-forgotten");
        VerticalLayout card = new VerticalLayout(title, intro, message, email, password, code, submit, forgotten);
        card.setMaxWidth("28em");
        card.setPadding(false);
        // For members who come here looking for their objection deadline: no account needed.
        RouterLink calculator = new RouterLink(getTranslation("deadlines.calculator.fromLogin"), DeadlineCalculatorView.class);
        calculator.setId("login-calculator");
        add(name, tagline, card, calculator);
    }

    private void logIn() {
        SignIn.Outcome outcome = signIn.logIn(email.getValue(), password.getValue(),
                code.isVisible() ? code.getValue() : null);
        switch (outcome) {
            case WORKING -> UI.getCurrent().navigate(AccessControl.takeWantedLocation());
            case CHOOSE_ORGANISATION -> UI.getCurrent().navigate(ChooseOrganisationView.class);
            case PLATFORM -> UI.getCurrent().navigate("platform");
            case REFUSED -> refuse("login.refused");
            case LOCKED -> refuse("login.locked");
            case CODE_NEEDED -> askCode("login.code.needed", false);
            case CODE_WRONG -> askCode("login.code.wrong", true);
        }
    }

    /** The password was right: it stays (hidden) while the person looks up the code in their app. */
    private void askCode(String key, boolean wrong) {
        code.clear();
        code.setVisible(true);
        message.setText(getTranslation(key));
        message.getStyle().set("color", wrong ? ERROR_COLOUR : "var(--lumo-body-text-color)");
        code.focus();
    }

    private void refuse(String key) {
        message.getStyle().set("color", ERROR_COLOUR);
        code.clear();
        code.setVisible(false);
        password.clear();
        message.setText(getTranslation(key));
        password.focus();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecurityUtils.getSubject().isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (IdleSessions.takeExpiredNotice(VaadinSession.getCurrent().getSession())) {
            message.getStyle().set("color", "var(--lumo-body-text-color)");
            message.setText(getTranslation("login.expired"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
