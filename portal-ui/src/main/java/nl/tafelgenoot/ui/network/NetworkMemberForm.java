package nl.tafelgenoot.ui.network;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.network.Continuity;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.Relation;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * Adding or changing one member of a client's network, with the domain's validation next to each
 * field. The carer's own needs stay read-only, with the reason on screen, until the date of the
 * carer's own consent is filled in. A refusal of the server keeps everything typed.
 */
class NetworkMemberForm extends VerticalLayout {

    private final Binder<NetworkMember> binder = new BeanValidationBinder<>(NetworkMember.class);
    private final Div problem = new Div();
    private final Span ownNeedsLocked = new Span();
    private NetworkMember member;

    final TextField name = text("member-name", "network.name");
    final RadioButtonGroup<Relation> relation = new RadioButtonGroup<>(getTranslation("network.relation"));
    final Checkbox informalCarer = new Checkbox(getTranslation("network.informalCarer"));
    final TextArea currentHelp = area("member-current-help", "network.currentHelp");
    final TextField helpFrequency = text("member-frequency", "network.helpFrequency");
    final RadioButtonGroup<Continuity> canContinue = new RadioButtonGroup<>(getTranslation("network.canContinue"));
    final TextField phone = text("member-phone", "network.phone");
    final TextField email = text("member-email", "network.email");
    final DatePicker carerConsentOn = DatePickers.create("member-carer-consent-on", getTranslation("network.carerConsentOn"));
    final TextArea carerEnergy = area("member-energy", "network.carerEnergy");
    final TextArea carerWorries = area("member-worries", "network.carerWorries");
    private final Checkbox respite = new Checkbox(getTranslation("network.wantsRespiteCare"));
    private final Checkbox ownConversation = new Checkbox(getTranslation("network.wantsOwnConversation"));
    private final Button removeButton = new Button();

    NetworkMemberForm(Consumer<NetworkMember> save, Runnable cancel, Consumer<NetworkMember> remove) {
        setPadding(false);
        name.setRequiredIndicatorVisible(true);
        relation.setId("member-relation");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation("network.relation." + r));
        relation.setRequiredIndicatorVisible(true);
        informalCarer.setId("member-informal-carer");
        canContinue.setId("member-can-continue");
        canContinue.setItems(Continuity.values());
        canContinue.setItemLabelGenerator(c -> getTranslation("network.canContinue." + c));
        phone.setMaxLength(30);
        carerConsentOn.setMax(LocalDate.now(Clocks.AMSTERDAM));
        carerConsentOn.setHelperText(getTranslation("network.carerConsentOn.helper"));
        respite.setId("member-respite");
        ownConversation.setId("member-own-conversation");
        ownNeedsLocked.setId("carer-needs-locked");
        ownNeedsLocked.setText(getTranslation("network.ownNeeds.locked"));
        ownNeedsLocked.getStyle().set("font-weight", "600");

        // Unticked means "not recorded", so nothing of the carer is stored without their consent.
        binder.forField(respite).withNullRepresentation(false)
                .bind(NetworkMember::getWantsRespiteCare, NetworkMember::setWantsRespiteCare);
        binder.forField(ownConversation).withNullRepresentation(false)
                .bind(NetworkMember::getWantsOwnConversation, NetworkMember::setWantsOwnConversation);
        binder.bindInstanceFields(this);
        carerConsentOn.addValueChangeListener(e -> lockOwnNeeds());

        problem.setId("member-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        FormLayout fields = new FormLayout(name, relation, informalCarer, currentHelp, helpFrequency, canContinue,
                phone, email);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout ownNeeds = new FormLayout(carerConsentOn, carerEnergy, carerWorries, respite, ownConversation);
        ownNeeds.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Button saveButton = new Button(getTranslation("form.save"), e -> save(save));
        saveButton.setId("save-member");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelButton = new Button(getTranslation("form.cancel"), e -> cancel.run());
        cancelButton.setId("cancel-member");
        removeButton.setText(getTranslation("network.remove"));
        removeButton.setId("remove-member");
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeButton.addClickListener(e -> confirmRemoval(remove));
        add(problem, fields, new H4(getTranslation("network.ownNeeds")), ownNeedsLocked, ownNeeds,
                new HorizontalLayout(saveButton, cancelButton, removeButton));
    }

    private static TextField text(String id, String labelKey) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static TextArea area(String id, String labelKey) {
        TextArea field = new TextArea();
        field.setLabel(field.getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(2000);
        return field;
    }

    private void lockOwnNeeds() {
        boolean locked = carerConsentOn.getValue() == null;
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(carerEnergy, carerWorries, respite, ownConversation)) {
            field.setReadOnly(locked);
        }
        ownNeedsLocked.setVisible(locked);
    }

    void edit(NetworkMember edited) {
        this.member = edited;
        problem.setText("");
        binder.readBean(edited);
        lockOwnNeeds();
        removeButton.setVisible(edited.getId() != null);
        name.focus();
    }

    private void confirmRemoval(Consumer<NetworkMember> remove) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-remove-member");
        confirm.setHeader(getTranslation("network.remove.header"));
        confirm.setText(getTranslation("network.remove.question", member.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("network.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> remove.accept(member));
        confirm.open();
    }

    private void save(Consumer<NetworkMember> save) {
        if (binder.writeBeanIfValid(member)) {
            problem.setText("");
            save.accept(member);
        } else {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .ifPresent(error -> ((Focusable<?>) error.getField()).focus());
            problem.setText(getTranslation("form.invalid"));
        }
    }

    /** Explains a refusal of the server, keeping what was typed; anything else is thrown on. */
    void explain(RuntimeException refusal) {
        if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
            binder.validate();
            problem.setText(getTranslation("form.invalid"));
        } else if (Failures.causedBy(refusal, ConsentRequired.class)) {
            problem.setText(getTranslation("network.ownNeeds.locked"));
        } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
            problem.setText(getTranslation("network.conflict"));
        } else {
            throw refusal;
        }
    }
}
