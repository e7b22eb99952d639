package nl.tafelgenoot.ui.clients;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ContactPreference;
import java.util.List;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.municipalities.MunicipalityField;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * The fields of a client record with validation next to each field (the domain's Bean
 * Validation rules, in the user's language). It knows nothing of saving: it fires a
 * {@link SaveEvent} with a valid client, or a {@link CancelEvent}.
 */
public class ClientForm extends VerticalLayout {

    private final Binder<Client> binder = new BeanValidationBinder<>(Client.class);
    private final Div problem = new Div();
    private Client client;

    final TextField givenName = text("givenName", "client.givenName");
    final TextField surnamePrefix = text("surnamePrefix", "client.surnamePrefix");
    final TextField surname = text("surname", "client.surname");
    final DatePicker dateOfBirth = DatePickers.create("dateOfBirth", getTranslation("client.dateOfBirth"));
    final TextField address = text("address", "client.address");
    final TextField postcode = text("postcode", "client.postcode");
    final TextField city = text("city", "client.city");
    final MunicipalityField municipality;
    final TextField phone = text("phone", "client.phone");
    final TextField email = text("email", "client.email");
    final TextField preferredLanguage = text("preferredLanguage", "client.preferredLanguage");
    final Select<ContactPreference> contactPreference = new Select<>();
    final TextArea notes = new TextArea();

    public ClientForm(List<Municipality> municipalities) {
        municipality = new MunicipalityField("municipality", getTranslation("client.municipality"), municipalities);
        setPadding(false);
        dateOfBirth.setHelperText(getTranslation("client.dateOfBirth.helper"));
        dateOfBirth.setMax(java.time.LocalDate.now(Clocks.AMSTERDAM));
        notes.setId("notes");
        notes.setLabel(getTranslation("client.notes"));
        notes.setHelperText(getTranslation("client.notes.helper"));
        notes.setMaxLength(4000);
        notes.setMinHeight("8em");
        givenName.setRequiredIndicatorVisible(true);
        surname.setRequiredIndicatorVisible(true);
        postcode.setMaxLength(7);
        phone.setMaxLength(30);

        contactPreference.setId("contactPreference");
        contactPreference.setLabel(getTranslation("client.contactPreference"));
        contactPreference.setItems(ContactPreference.values());
        contactPreference.setEmptySelectionAllowed(true);
        contactPreference.setItemLabelGenerator(c -> c == null ? "" : getTranslation("contactPreference." + c));
        preferredLanguage.setHelperText(getTranslation("client.preferredLanguage.helper"));
        binder.bindInstanceFields(this);

        problem.setId("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        FormLayout fields = new FormLayout(givenName, surnamePrefix, surname, dateOfBirth, address, postcode,
                city, municipality, phone, email, preferredLanguage, contactPreference, notes);
        fields.setColspan(notes, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("cancel");
        add(problem, fields, new HorizontalLayout(save, cancel));
    }

    private TextField text(String property, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(property);
        field.setWidthFull();
        return field;
    }

    public void edit(Client client) {
        this.client = client;
        problem.setText("");
        binder.readBean(client);
    }

    /** Shows a problem the server found (for example a conflict), keeping what the user typed. */
    public void showProblem(String text) {
        problem.setText(text);
    }

    /** After the server refused the input: show the field messages again, in the user's language. */
    public void revalidate() {
        binder.validate();
        problem.setText(getTranslation("form.invalid"));
    }

    private void save() {
        if (binder.writeBeanIfValid(client)) {
            problem.setText("");
            fireEvent(new SaveEvent(this, client));
        } else {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .ifPresent(error -> ((com.vaadin.flow.component.Focusable<?>) error.getField()).focus());
            problem.setText(getTranslation("form.invalid"));
        }
    }

    /**
     * Explains a refusal of the server next to the form, keeping everything typed: invalid input
     * shows the field messages again, a concurrent change shows the conflict. Anything else is
     * not the user's to fix and is thrown on.
     */
    public void explain(RuntimeException refusal) {
        if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
            revalidate();
        } else if (Failures.causedBy(refusal, UnknownMunicipality.class)) {
            municipality.refuseUnknown();
            problem.setText(getTranslation("form.invalid"));
        } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
            showProblem(getTranslation("client.conflict"));
        } else {
            throw refusal;
        }
    }

    /** The user asked to save; the client carries the new values. */
    public static class SaveEvent extends ComponentEvent<ClientForm> {
        private final Client client;

        SaveEvent(ClientForm source, Client client) {
            super(source, false);
            this.client = client;
        }

        public Client client() {
            return client;
        }
    }

    /** The user asked to leave without saving. */
    public static class CancelEvent extends ComponentEvent<ClientForm> {
        CancelEvent(ClientForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
