package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.objections.LateExcuse;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.objections.ObjectionState;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * Every fact of the objection procedure in one form, grouped as the procedure goes: filing
 * (with the excuse when late, A3), the repair of a pro-forma objection (A4), what changes the
 * decision term (A5), the hearing (A6), a notice of default (A7), the decision on the objection
 * and the appeal (A9). The group of the current step is open; any may be corrected later, and
 * every date computed from it follows after saving.
 */
class ObjectionForm extends VerticalLayout {

    private final ObjectionService objections;
    private final String casePublicId;
    private final Consumer<String> saved;
    private final FieldErrors errors = new FieldErrors();
    private final LocalDate objectionDue;
    private final boolean decisionLacksClause;
    private final DatePicker receivedOn = date("receivedOn", "objection-received-on", "objection.receivedOn");
    private final DatePicker postedOn = date("postedOn", "objection-posted-on", "objection.postedOn");
    private final RadioButtonGroup<LateExcuse> lateExcuse = errors.register("lateExcuse", new RadioButtonGroup<>());
    private final TextArea lateExcuseText = errors.register("lateExcuseText", new TextArea(getTranslation("objection.lateExcuseText")));
    private final DatePicker repairRequestedOn = date("repairRequestedOn", "objection-repair-requested-on", "objection.repairRequestedOn");
    private final DatePicker repairDueOn = date("repairDueOn", "objection-repair-due-on", "objection.repairDueOn");
    private final DatePicker groundsFiledOn = date("groundsFiledOn", "objection-grounds-filed-on", "objection.groundsFiledOn");
    private final Checkbox committee = new Checkbox(getTranslation("objection.committee"));
    private final Checkbox extended = new Checkbox(getTranslation("objection.extended"));
    private final DateTimePicker hearingAt = errors.register("hearingAt", new DateTimePicker(getTranslation("objection.hearingAt")));
    private final TextField hearingPlace = errors.register("hearingPlace", new TextField(getTranslation("objection.hearingPlace")));
    private final TextField hearingAttendees = errors.register("hearingAttendees", new TextField(getTranslation("objection.hearingAttendees")));
    private final TextArea hearingDocuments = errors.register("hearingDocuments", new TextArea(getTranslation("objection.hearingDocuments")));
    private final TextArea hearingNote = errors.register("hearingNote", new TextArea(getTranslation("objection.hearingNote")));
    private final DatePicker defaultSentOn = date("defaultSentOn", "objection-default-sent-on", "objection.defaultSentOn");
    private final DatePicker defaultReceivedOn = date("defaultReceivedOn", "objection-default-received-on", "objection.defaultReceivedOn");
    private final Select<ObjectionOutcome> outcome = errors.register("outcome", new Select<>());
    private final DatePicker decisionDispatchedOn = date("decisionDispatchedOn", "objection-decision-dispatched-on",
            "objection.decisionDispatchedOn");
    private final DatePicker appealFiledOn = date("appealFiledOn", "objection-appeal-filed-on", "objection.appealFiledOn");
    private final Details lateGroup;
    private final Div problem = new Div();
    private final long version;

    /**
     * @param objectionDue the objection term's last day (A1), to offer the excuse when the date received is after it
     * @param saved        called with a confirmation text after a save
     */
    ObjectionForm(ObjectionService objections, Objection objection, LocalDate objectionDue, boolean decisionLacksClause,
                  boolean canWrite, Consumer<String> saved) {
        this.objections = objections;
        this.casePublicId = objection.getSupportCase().getPublicId();
        this.objectionDue = objectionDue;
        this.decisionLacksClause = decisionLacksClause;
        this.saved = saved;
        this.version = objection.getVersion();
        setPadding(false);
        setId("objection-form");
        lateExcuse.setId("objection-late-excuse");
        lateExcuse.setLabel(getTranslation("objection.lateExcuse"));
        lateExcuse.setItems(LateExcuse.values());
        lateExcuse.setItemLabelGenerator(e -> getTranslation("lateExcuse." + e));
        lateExcuseText.setId("objection-late-excuse-text");
        postedOn.setHelperText(getTranslation("objection.postedOn.hint"));
        committee.setId("objection-committee");
        extended.setId("objection-extended");
        hearingAt.setId("objection-hearing-at");
        hearingAt.setLocale(getLocale());
        hearingPlace.setId("objection-hearing-place");
        hearingAttendees.setId("objection-hearing-attendees");
        hearingDocuments.setId("objection-hearing-documents");
        hearingNote.setId("objection-hearing-note");
        outcome.setId("objection-outcome");
        outcome.setWidth("17em");
        hearingPlace.setWidth("24em");
        hearingAttendees.setWidthFull();
        outcome.setLabel(getTranslation("objection.outcome"));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("decision.outcome.none") : getTranslation("objectionOutcome." + o));
        List.of(lateExcuseText, hearingDocuments, hearingNote).forEach(TextArea::setWidthFull);
        lateExcuseText.setMaxLength(2000);
        hearingDocuments.setMaxLength(2000);
        hearingNote.setMaxLength(8000);
        hearingPlace.setMaxLength(200);
        hearingAttendees.setMaxLength(500);
        problem.setId("objection-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        lateGroup = new Details(getTranslation("objection.group.late"), new VerticalLayout(
                new Paragraph(getTranslation("objection.late.intro")), lateExcuse, lateExcuseText));
        lateGroup.setId("objection-late-group");
        ObjectionState state = objection.getState();
        add(group("filing", true, row(receivedOn, postedOn)), lateGroup,
                group("repair", state == ObjectionState.PRO_FORMA_FILED, row(repairRequestedOn, repairDueOn, groundsFiledOn)),
                group("term", false, new Paragraph(getTranslation("objection.term.intro")), committee, extended),
                group("hearing", state == ObjectionState.GROUNDS_FILED || state == ObjectionState.HEARING_PLANNED
                                || state == ObjectionState.HEARING_HELD,
                        row(hearingAt, hearingPlace), hearingAttendees, hearingDocuments, hearingNote),
                group("default", objection.getNoticeOfDefault().getSentOn() != null,
                        new Paragraph(getTranslation("objection.default.intro")), row(defaultSentOn, defaultReceivedOn)),
                group("decided", state == ObjectionState.HEARING_HELD || state == ObjectionState.DECIDED,
                        row(outcome, decisionDispatchedOn)),
                group("appeal", state.ordinal() >= ObjectionState.DECIDED.ordinal() && state != ObjectionState.CLOSED,
                        new Paragraph(getTranslation("objection.appeal.intro")), appealFiledOn),
                problem);
        read(objection.toInput());
        receivedOn.addValueChangeListener(e -> showLateGroup());
        lateExcuse.addValueChangeListener(e -> lateExcuseText.setVisible(e.getValue() == LateExcuse.OTHER));
        showLateGroup();
        lateExcuseText.setVisible(lateExcuse.getValue() == LateExcuse.OTHER);
        if (canWrite) {
            Button save = new Button(getTranslation("objection.save"), e -> save());
            save.setId("objection-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            fields().forEach(f -> f.setReadOnly(true));
        }
    }

    private DatePicker date(String property, String id, String label) {
        DatePicker picker = DatePickers.create(id, getTranslation(label));
        picker.setWidth("17em");
        return errors.register(property, picker);
    }

    private Details group(String name, boolean opened, Component... content) {
        VerticalLayout body = new VerticalLayout(content);
        body.setPadding(false);
        Details details = new Details(getTranslation("objection.group." + name), body);
        details.setId("objection-group-" + name);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    private static FlexLayout row(Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** The excuse is asked for only when the objection arrived after the term, offering the missing clause. */
    private void showLateGroup() {
        boolean late = receivedOn.getValue() != null && objectionDue != null && receivedOn.getValue().isAfter(objectionDue);
        lateGroup.setVisible(late || lateExcuse.getValue() != null);
        lateGroup.setOpened(late);
        if (late && lateExcuse.getValue() == null && decisionLacksClause) {
            lateExcuse.setValue(LateExcuse.NO_OBJECTION_CLAUSE);
        }
    }

    private void read(ObjectionInput in) {
        receivedOn.setValue(in.receivedOn());
        postedOn.setValue(in.postedOn());
        lateExcuse.setValue(in.lateExcuse());
        lateExcuseText.setValue(text(in.lateExcuseText()));
        repairRequestedOn.setValue(in.repairRequestedOn());
        repairDueOn.setValue(in.repairDueOn());
        groundsFiledOn.setValue(in.groundsFiledOn());
        committee.setValue(in.advisoryCommittee());
        extended.setValue(in.extended());
        hearingAt.setValue(in.hearingAt());
        hearingPlace.setValue(text(in.hearingPlace()));
        hearingAttendees.setValue(text(in.hearingAttendees()));
        hearingDocuments.setValue(text(in.hearingDocuments()));
        hearingNote.setValue(text(in.hearingNote()));
        defaultSentOn.setValue(in.defaultSentOn());
        defaultReceivedOn.setValue(in.defaultReceivedOn());
        outcome.setValue(in.outcome());
        decisionDispatchedOn.setValue(in.decisionDispatchedOn());
        appealFiledOn.setValue(in.appealFiledOn());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(receivedOn, postedOn, lateExcuse, lateExcuseText, repairRequestedOn, repairDueOn, groundsFiledOn,
                committee, extended, hearingAt, hearingPlace, hearingAttendees, hearingDocuments, hearingNote,
                defaultSentOn, defaultReceivedOn, outcome, decisionDispatchedOn, appealFiledOn);
    }

    ObjectionInput input() {
        LateExcuse excuse = lateGroup.isVisible() ? lateExcuse.getValue() : null;
        return new ObjectionInput(version, receivedOn.getValue(), postedOn.getValue(), excuse,
                excuse == LateExcuse.OTHER ? lateExcuseText.getValue() : null, repairRequestedOn.getValue(),
                repairDueOn.getValue(), groundsFiledOn.getValue(), committee.getValue(), extended.getValue(),
                hearingAt.getValue(), hearingPlace.getValue(), hearingAttendees.getValue(), hearingDocuments.getValue(),
                hearingNote.getValue(), defaultSentOn.getValue(), defaultReceivedOn.getValue(), outcome.getValue(),
                decisionDispatchedOn.getValue(), appealFiledOn.getValue());
    }

    /** Shows which fields a refused step still needs. */
    void markMissing(List<String> properties) {
        errors.clear();
        errors.markMissing(properties, this);
    }

    private void save() {
        errors.clear();
        problem.setText("");
        boolean badInput = fields().stream().anyMatch(f -> f instanceof DatePicker p && p.isInvalid())
                || hearingAt.isInvalid();
        if (badInput) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        Refusals.handle(this, errors, problem, () -> {
            objections.recordObjection(casePublicId, input());
            saved.accept(getTranslation("objection.saved"));
        });
        if (errors.isShowing("lateExcuse")) {
            lateGroup.setVisible(true);
            lateGroup.setOpened(true);
            if (lateExcuse.getValue() == null && decisionLacksClause) {
                lateExcuse.setValue(LateExcuse.NO_OBJECTION_CLAUSE);
            }
        }
    }
}
