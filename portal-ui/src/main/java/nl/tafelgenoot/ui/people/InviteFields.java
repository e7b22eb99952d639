package nl.tafelgenoot.ui.people;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The name and e-mail address of a person to invite, as every invitation form asks them: labelled,
 * required, full width, ids {@code <prefix>-name} and {@code <prefix>-email}. A refusal from the
 * domain names its field; {@link #byRefusedField()} maps those names to these fields so the form
 * puts the message next to the right one and keeps what was typed. Written once so the people page
 * and the platform operator's new-organisation form (its first admin) cannot drift apart.
 */
public class InviteFields extends Composite<VerticalLayout> {

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private String nameKey = "name";
    private String emailKey = "email";

    /**
     * @param idPrefix     ids of the fields: {@code invite} gives {@code invite-name} and {@code invite-email}
     * @param nameLabel    bundle key of the name field's label
     * @param emailLabel   bundle key of the e-mail field's label
     */
    public InviteFields(String idPrefix, String nameLabel, String emailLabel) {
        setUp(name, idPrefix + "-name", nameLabel);
        setUp(email, idPrefix + "-email", emailLabel);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setWidthFull();
        layout.add(name, email);
    }

    private void setUp(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
    }

    /**
     * The names the domain's refusals give these two fields ({@code name} and {@code email} unless
     * set, e.g. {@code adminName} and {@code adminEmail} on the platform's form). Returns this.
     */
    public InviteFields refusedAs(String nameField, String emailField) {
        this.nameKey = nameField;
        this.emailKey = emailField;
        return this;
    }

    /** The name as typed. */
    public String name() {
        return name.getValue();
    }

    /** The e-mail address as typed (the domain strips and checks it). */
    public String email() {
        return email.getValue();
    }

    /** Refusal field name to field, for both fields; add the form's other fields to a copy. */
    public Map<String, HasValidation> byRefusedField() {
        return Map.of(nameKey, name, emailKey, email);
    }

    /** Empties both fields and takes their error messages away (after a successful invitation). */
    public void clear() {
        name.clear();
        email.clear();
        name.setInvalid(false);
        email.setInvalid(false);
    }
}
