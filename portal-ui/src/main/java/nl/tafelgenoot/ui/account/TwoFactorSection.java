package nl.tafelgenoot.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.accounts.TwoFactor;
import nl.tafelgenoot.domain.accounts.TwoFactorRefused;
import nl.tafelgenoot.domain.accounts.TwoFactorState;
import nl.tafelgenoot.ui.security.AccountPrincipal;
import nl.tafelgenoot.ui.security.ShiroCurrentUser;

/**
 * Two-factor login with any authenticator app: set up by scanning a QR code (or typing the key)
 * and confirming with the first code, which shows the ten recovery codes once; turned off with a
 * code. While it is on, every login asks for a code after the password.
 */
class TwoFactorSection extends VerticalLayout {

    private static final String ISSUER = "Tafelgenoot";
    private final AccountService accounts;
    private final AccountPrincipal me = ShiroCurrentUser.principal();
    private final VerticalLayout body = new VerticalLayout();

    TwoFactorSection(AccountService accounts) {
        this.accounts = accounts;
        setPadding(false);
        body.setPadding(false);
        body.setId("twofactor");
        add(new H2(getTranslation("twoFactor.title")), body);
        showState();
    }

    private void showState() {
        body.removeAll();
        TwoFactorState state = accounts.twoFactorState(me.accountId()).orElse(new TwoFactorState(false, 0, false));
        if (!state.on()) {
            Button start = new Button(getTranslation("twoFactor.start"), e -> startSetup());
            start.setId("twofactor-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(status("twoFactor.off"), new Paragraph(getTranslation("twoFactor.why")));
            if (state.required()) {
                Paragraph required = new Paragraph(getTranslation("twoFactor.requiredFirst"));
                required.setId("twofactor-required");
                required.getElement().setAttribute("role", "alert");
                required.getStyle().set("font-weight", "600");
                body.add(required);
            }
            body.add(start);
            return;
        }
        if (state.required()) {
            body.add(status("twoFactor.on", state.recoveryCodesLeft()), new Paragraph(getTranslation("twoFactor.kept")));
            return;
        }
        TextField code = codeField("twofactor-stop-code", "twoFactor.stop.code");
        Button stop = new Button(getTranslation("twoFactor.stop"), e -> {
            try {
                accounts.stopTwoFactor(me.accountId(), code.getValue());
                showState();
            } catch (TwoFactorRefused refused) {
                refuse(code, refused);
            }
        });
        stop.setId("twofactor-stop");
        body.add(status("twoFactor.on", state.recoveryCodesLeft()), code, stop);
    }

    private void startSetup() {
        String secret = accounts.beginTwoFactor(me.accountId());
        String svg = QrCodeSvg.of(TwoFactor.setupUri(ISSUER, me.email(), secret));
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg.getBytes(StandardCharsets.UTF_8)), getTranslation("twoFactor.qr.alt"));
        qr.setId("twofactor-qr");
        qr.setWidth("14rem");
        Paragraph key = new Paragraph(getTranslation("twoFactor.key", secret.replaceAll("(.{4})(?!$)", "$1 ")));
        key.setId("twofactor-secret");
        key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        TextField code = codeField("twofactor-code", "twoFactor.code");
        Button confirm = new Button(getTranslation("twoFactor.confirm"), e -> confirm(code));
        confirm.setId("twofactor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.removeAll();
        body.add(new Paragraph(getTranslation("twoFactor.scan")), qr, key, code, confirm);
        code.focus();
    }

    private void confirm(TextField code) {
        try {
            List<String> recovery = accounts.confirmTwoFactor(me.accountId(), code.getValue());
            OrderedList list = new OrderedList();
            list.setId("twofactor-recovery");
            recovery.forEach(c -> list.add(new ListItem(c)));
            list.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
            Button done = new Button(getTranslation("twoFactor.recovery.done"), e -> showState());
            done.setId("twofactor-recovery-done");
            body.removeAll();
            body.add(status("twoFactor.nowOn"), new Paragraph(getTranslation("twoFactor.recovery.intro")), list, done);
        } catch (TwoFactorRefused refused) {
            refuse(code, refused);
        }
    }

    private Paragraph status(String key, Object... parameters) {
        Paragraph status = new Paragraph(getTranslation(key, parameters));
        status.setId("twofactor-status");
        return status;
    }

    private TextField codeField(String id, String label) {
        TextField code = new TextField(getTranslation(label));
        code.setId(id);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setRequiredIndicatorVisible(true);
        return code;
    }

    private void refuse(TextField field, TwoFactorRefused refused) {
        field.setErrorMessage(getTranslation("twoFactor.refused." + refused.key()));
        field.setInvalid(true);
        field.focus();
    }
}
