package nl.tafelgenoot.ui.consent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.consent.ConsentMethod;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.consent.ConsentService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;
import org.apache.shiro.SecurityUtils;

/**
 * The client's consent (GDPR art. 9) and the health and care needs that depend on it. The consents
 * are listed with scope, date, way and who recorded them; an active one can be withdrawn. The care
 * needs field stays read-only, with the reason on screen, while there is no active consent for
 * health and care needs; after a withdrawal the stored text stays visible but locked.
 */
public class ConsentSection extends VerticalLayout {

    private final ConsentService consents;
    private final Consumer<Client> clientChanged;
    private final boolean mayWrite = SecurityUtils.getSubject().isPermitted(Permission.CLIENT_WRITE);
    private final VerticalLayout list = new VerticalLayout();
    private final DatePicker givenOn = DatePickers.create("consent-given-on", getTranslation("consent.givenOn"));
    private final CheckboxGroup<ConsentScope> scope = new CheckboxGroup<>(getTranslation("consent.scope"));
    private final RadioButtonGroup<ConsentMethod> method = new RadioButtonGroup<>(getTranslation("consent.method"));
    private final Div problem = new Div();
    private final TextArea careNeeds = new TextArea(getTranslation("consent.careNeeds"));
    private final Span careNeedsLocked = new Span();
    private final Div careNeedsProblem = new Div();
    private final Button saveCareNeeds = new Button(getTranslation("consent.careNeeds.save"));
    private Client client;

    public ConsentSection(ConsentService consents, Consumer<Client> clientChanged) {
        this.consents = consents;
        this.clientChanged = clientChanged;
        setPadding(false);
        setId("consent-section");
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("consents");
        add(new H3(getTranslation("consent.title")), list);
        if (mayWrite) {
            add(recordForm());
        }
        add(careNeedsPart());
    }

    private VerticalLayout recordForm() {
        // The form decides validity itself (see record()), so the components keep the state it sets.
        givenOn.setManualValidation(true);
        scope.setManualValidation(true);
        method.setManualValidation(true);
        givenOn.setRequiredIndicatorVisible(true);
        givenOn.setErrorMessage(getTranslation("consent.givenOn.invalid"));
        scope.setId("consent-scope");
        scope.setItems(ConsentScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("consent.scope." + s));
        scope.setRequiredIndicatorVisible(true);
        scope.setErrorMessage(getTranslation("consent.scope.required"));
        method.setId("consent-method");
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("consent.method." + m));
        method.setRequiredIndicatorVisible(true);
        method.setErrorMessage(getTranslation("consent.method.required"));
        problem.setId("consent-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        Button record = new Button(getTranslation("consent.record"), e -> record());
        record.setId("record-consent");
        FormLayout fields = new FormLayout(givenOn, scope, method);
        VerticalLayout form = new VerticalLayout(new Span(getTranslation("consent.record.intro")), problem, fields, record);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout careNeedsPart() {
        careNeeds.setId("care-needs");
        careNeeds.setMaxLength(4000);
        careNeeds.setWidthFull();
        careNeeds.setMinHeight("6em");
        careNeeds.setHelperText(getTranslation("client.notes.helper"));
        careNeedsLocked.setId("care-needs-locked");
        careNeedsLocked.getStyle().set("font-weight", "600");
        careNeedsProblem.setId("care-needs-problem");
        careNeedsProblem.getElement().setAttribute("role", "alert");
        careNeedsProblem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        saveCareNeeds.setId("save-care-needs");
        saveCareNeeds.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCareNeeds.addClickListener(e -> saveCareNeeds());
        VerticalLayout part = new VerticalLayout(careNeedsLocked, careNeedsProblem, careNeeds);
        if (mayWrite) {
            part.add(saveCareNeeds);
        }
        part.setPadding(false);
        return part;
    }

    /** Shows the consents of the client and locks or opens the care needs accordingly. */
    public void show(Client shown) {
        this.client = shown;
        List<ClientConsent> all = consents.consents(shown.getPublicId());
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("consent.none")));
        }
        int index = 0;
        for (ClientConsent consent : all) {
            list.add(line(consent, index++));
        }
        boolean active = ClientConsent.anyActive(all, ConsentScope.HEALTH_AND_CARE_NEEDS);
        boolean withdrawn = !active && all.stream().anyMatch(c -> c.getScope().contains(ConsentScope.HEALTH_AND_CARE_NEEDS));
        careNeeds.setValue(shown.getCareNeeds() == null ? "" : shown.getCareNeeds());
        careNeeds.setInvalid(false);
        careNeedsProblem.setText("");
        careNeeds.setReadOnly(!active || !mayWrite);
        saveCareNeeds.setEnabled(active);
        careNeedsLocked.setVisible(!active);
        careNeedsLocked.setText(getTranslation(withdrawn ? "consent.careNeeds.lockedWithdrawn" : "consent.careNeeds.locked"));
        givenOn.setValue(LocalDate.now(Clocks.AMSTERDAM));
        givenOn.setMax(LocalDate.now(Clocks.AMSTERDAM));
    }

    private HorizontalLayout line(ClientConsent consent, int index) {
        DateTimeFormatter dates = DatePickers.format();
        String scopes = consent.getScope().stream().map(s -> getTranslation("consent.scope." + s))
                .collect(Collectors.joining(", "));
        String recordedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(consent.getRecordedAt().atZone(ZoneId.of("Europe/Amsterdam")));
        String text = getTranslation("consent.line", dates.format(consent.getGivenOn()),
                getTranslation("consent.method." + consent.getMethod()), scopes,
                consents.staffName(consent.getRecordedBy()), recordedAt);
        if (consent.isWithdrawn()) {
            text += " " + getTranslation("consent.withdrawnOn", dates.format(consent.getWithdrawnOn()));
        }
        Span description = new Span(text);
        description.setId("consent-" + index);
        HorizontalLayout line = new HorizontalLayout(description);
        line.setAlignItems(Alignment.CENTER);
        if (mayWrite && !consent.isWithdrawn()) {
            Button withdraw = new Button(getTranslation("consent.withdraw"), e -> withdraw(consent));
            withdraw.setId("withdraw-consent-" + index);
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            line.add(withdraw);
        }
        return line;
    }

    private void record() {
        problem.setText("");
        LocalDate today = LocalDate.now(Clocks.AMSTERDAM);
        givenOn.setInvalid(givenOn.getValue() == null || givenOn.getValue().isAfter(today));
        scope.setInvalid(scope.getValue().isEmpty());
        method.setInvalid(method.getValue() == null);
        if (givenOn.isInvalid() || scope.isInvalid() || method.isInvalid()) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        consents.record(client.getPublicId(), givenOn.getValue(), scope.getValue(), method.getValue());
        Notification.show(getTranslation("consent.recorded")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        scope.clear();
        method.clear();
        show(client);
    }

    private void withdraw(ClientConsent consent) {
        consents.withdraw(client.getPublicId(), consent.getPublicId(), LocalDate.now(Clocks.AMSTERDAM));
        Notification.show(getTranslation("consent.withdrawn")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(client);
    }

    private void saveCareNeeds() {
        careNeedsProblem.setText("");
        var result = new BeanValidator(Client.class, "careNeeds").apply(careNeeds.getValue(), new ValueContext(careNeeds));
        if (result.isError()) {
            careNeeds.setErrorMessage(result.getErrorMessage());
            careNeeds.setInvalid(true);
            careNeedsProblem.setText(getTranslation("form.invalid"));
            careNeeds.focus();
            return;
        }
        careNeeds.setInvalid(false);
        try {
            Client updated = consents.recordCareNeeds(client.getPublicId(), client.getVersion(), careNeeds.getValue());
            Notification.show(getTranslation("consent.careNeeds.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            clientChanged.accept(updated);
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, ConsentRequired.class)) {
                careNeedsProblem.setText(getTranslation("consent.careNeeds.locked"));
            } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                careNeedsProblem.setText(getTranslation("client.conflict"));
            } else {
                throw refusal;
            }
        }
    }
}
