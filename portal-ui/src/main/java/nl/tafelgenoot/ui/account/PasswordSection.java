package nl.tafelgenoot.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.accounts.PasswordPolicy;
import nl.tafelgenoot.domain.accounts.PasswordRefused;
import nl.tafelgenoot.ui.security.ShiroCurrentUser;

/**
 * Changing one's own password: the current one, then the new one twice. A refusal stands at its
 * field with zxcvbn's hints in the reader's language; nothing typed is cleared.
 */
class PasswordSection extends VerticalLayout {

    private final AccountService accounts;
    private final ShiroPasswords passwords;
    private final PasswordField current = field("password-current", "account.password.current");
    private final PasswordField chosen = field("password-new", "account.password.new");
    private final PasswordField repeat = field("password-repeat", "account.password.repeat");
    private final Map<String, PasswordField> fields = Map.of("current", current, "chosen", chosen, "repeat", repeat);

    private final Runnable afterChange;

    /** {@code afterChange} runs once the new password is kept: the person's other sessions end. */
    PasswordSection(AccountService accounts, ShiroPasswords passwords, Runnable afterChange) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.afterChange = afterChange;
        setPadding(false);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        chosen.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        Button save = new Button(getTranslation("account.password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("account.password.title")), new Paragraph(getTranslation("account.password.intro")),
                current, chosen, repeat, save);
    }

    private PasswordField field(String id, String label) {
        PasswordField field = new PasswordField(getTranslation(label));
        field.setId(id);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            accounts.changeOwnPassword(ShiroCurrentUser.principal().accountId(), current.getValue(), chosen.getValue(),
                    repeat.getValue(), passwords);
            fields.values().forEach(PasswordField::clear);
            afterChange.run();
            Notification.show(getTranslation("account.password.changed"));
        } catch (PasswordRefused refused) {
            PasswordField field = fields.getOrDefault(refused.field(), chosen);
            List<String> hints = refused.hints(getLocale());
            String message = getTranslation("account.password.refused." + refused.key(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
            field.setErrorMessage(hints.isEmpty() ? message : message + " " + String.join(" ", hints));
            field.setInvalid(true);
            field.focus();
        }
    }
}
