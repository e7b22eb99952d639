package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * "Besluit": the municipality's decision on the application as the advisor copies it from the
 * letter. The dispatch date is the one that counts for the objection term, so the form says so.
 * A notice of default for a decision that is late can be entered while the decision is awaited.
 */
class DecisionForm extends VerticalLayout {

    private final ObjectionService objections;
    private final SupportCase supportCase;
    private final Consumer<String> saved;
    private final FieldErrors errors = new FieldErrors();
    private final DatePicker applicationOn = errors.register("applicationOn",
            DatePickers.create("decision-application-on", getTranslation("decision.applicationOn")));
    private final DatePicker decidedOn = errors.register("decidedOn",
            DatePickers.create("decision-decided-on", getTranslation("decision.decidedOn")));
    private final DatePicker dispatchedOn = errors.register("dispatchedOn",
            DatePickers.create("decision-dispatched-on", getTranslation("decision.dispatchedOn")));
    private final TextField reference = errors.register("municipalityReference", new TextField(getTranslation("decision.reference")));
    private final Select<DecisionOutcome> outcome = errors.register("outcome", new Select<>());
    private final TextArea provisions = errors.register("provisions", new TextArea(getTranslation("decision.provisions")));
    private final Checkbox objectionClause = new Checkbox(getTranslation("decision.objectionClause"));
    private final DatePicker defaultSentOn = errors.register("defaultSentOn",
            DatePickers.create("decision-default-sent-on", getTranslation("objection.defaultSentOn")));
    private final DatePicker defaultReceivedOn = errors.register("defaultReceivedOn",
            DatePickers.create("decision-default-received-on", getTranslation("objection.defaultReceivedOn")));
    private final Div problem = new Div();
    private long version = DecisionInput.NEW;

    /** @param saved called with a confirmation text after a save, to show everything computed again */
    DecisionForm(ObjectionService objections, SupportCase supportCase, Decision decision, boolean canWrite,
                 Consumer<String> saved) {
        this.objections = objections;
        this.supportCase = supportCase;
        this.saved = saved;
        setPadding(false);
        setId("decision-section");
        for (DatePicker picker : new DatePicker[] {applicationOn, decidedOn, dispatchedOn, defaultSentOn, defaultReceivedOn}) {
            picker.setWidth("17em");
        }
        outcome.setWidth("17em");
        reference.setWidth("17em");
        dispatchedOn.setHelperText(getTranslation("decision.dispatchedOn.hint"));
        reference.setId("decision-reference");
        reference.setMaxLength(100);
        outcome.setId("decision-outcome");
        outcome.setLabel(getTranslation("decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("decision.outcome.none"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("decision.outcome.none") : getTranslation("decisionOutcome." + o));
        provisions.setId("decision-provisions");
        provisions.setMaxLength(2000);
        provisions.setWidthFull();
        objectionClause.setId("decision-objection-clause");
        objectionClause.setValue(true);
        problem.setId("decision-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        FlexLayout dates = new FlexLayout(applicationOn, decidedOn, dispatchedOn);
        dates.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        dates.getStyle().set("gap", "var(--lumo-space-m)");
        Details late = new Details(getTranslation("decision.late"),
                new VerticalLayout(new Paragraph(getTranslation("decision.late.intro")), defaultSentOn, defaultReceivedOn));
        late.setId("decision-late");
        add(new H3(getTranslation("decision.title")), dates, reference, outcome, provisions, objectionClause, late, problem);
        read(decision);
        late.setOpened(defaultSentOn.getValue() != null);
        if (canWrite) {
            Button save = new Button(getTranslation("decision.save"), e -> save());
            save.setId("decision-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            readOnly();
        }
    }

    private void read(Decision decision) {
        applicationOn.setValue(supportCase.getApplicationOn());
        if (decision == null) {
            return;
        }
        version = decision.getVersion();
        decidedOn.setValue(decision.getDecidedOn());
        dispatchedOn.setValue(decision.getDispatchedOn());
        reference.setValue(decision.getMunicipalityReference() == null ? "" : decision.getMunicipalityReference());
        outcome.setValue(decision.getOutcome());
        provisions.setValue(decision.getProvisions() == null ? "" : decision.getProvisions());
        objectionClause.setValue(decision.hasObjectionClause());
        defaultSentOn.setValue(decision.getNoticeOfDefault().getSentOn());
        defaultReceivedOn.setValue(decision.getNoticeOfDefault().getReceivedOn());
    }

    private void readOnly() {
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {applicationOn, decidedOn, dispatchedOn, reference,
                outcome, provisions, objectionClause, defaultSentOn, defaultReceivedOn}) {
            field.setReadOnly(true);
        }
    }

    private void save() {
        errors.clear();
        problem.setText("");
        if (applicationOn.isInvalid() || decidedOn.isInvalid() || dispatchedOn.isInvalid()) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        Refusals.handle(this, errors, problem, () -> {
            objections.recordDecision(supportCase.getPublicId(), new DecisionInput(version, applicationOn.getValue(),
                    decidedOn.getValue(), dispatchedOn.getValue(), reference.getValue(), outcome.getValue(),
                    provisions.getValue(), objectionClause.getValue(), defaultSentOn.getValue(), defaultReceivedOn.getValue()));
            saved.accept(getTranslation("decision.saved"));
        });
    }
}
