package nl.tafelgenoot.ui.privacy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.privacy.ErasureRefused;
import nl.tafelgenoot.domain.privacy.PrivacyService;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * Asks before an erasure that cannot be undone: says what goes and what stays, and wants the
 * client's full name retyped. A wrong name, or a legal duty that keeps the data, is said next to the
 * field; the typed text stays.
 */
class EraseDialog extends Dialog {

    private final PrivacyService privacy;
    private final Client client;
    private final Runnable erased;
    private final TextField name = new TextField();

    EraseDialog(PrivacyService privacy, Client client, Runnable erased) {
        this.privacy = privacy;
        this.client = client;
        this.erased = erased;
        setId("privacy-erase-dialog");
        setHeaderTitle(getTranslation("privacy.erase.title"));
        setMaxWidth("min(40em, 100vw)");
        getElement().setAttribute("aria-label", getTranslation("privacy.erase.title"));
        Paragraph explain = new Paragraph(getTranslation("privacy.erase.explain", client.getFullName()));
        name.setLabel(getTranslation("privacy.erase.typeName"));
        name.setId("privacy-erase-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.getElement().setAttribute("autocomplete", "off");
        add(explain, name);
        Button cancel = new Button(getTranslation("privacy.erase.cancel"), e -> close());
        cancel.setId("privacy-erase-cancel");
        Button confirm = new Button(getTranslation("privacy.erase.confirm"), e -> erase());
        confirm.setId("privacy-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
    }

    private void erase() {
        try {
            privacy.erase(client.getPublicId(), name.getValue());
            close();
            erased.run();
        } catch (RuntimeException failure) {
            String key = Failures.find(failure, ErasureRefused.class).map(ErasureRefused::key).orElseThrow(() -> failure);
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(key));
        }
    }
}
