package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.objections.CaseFile;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.objections.ObjectionState;
import nl.tafelgenoot.domain.objections.ObjectionStepRefused;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * "Bezwaar": where the objection stands, shown as the route it follows with the current step
 * marked, the steps it can take now as buttons, and the facts form below. A step that needs a
 * fact first says which, and marks the field. Before a decision is sent there is nothing to
 * object to; before anything is recorded the advisor starts by considering an objection.
 */
class ObjectionPanel extends VerticalLayout {

    static final List<ObjectionState> ROUTE = List.of(ObjectionState.CONSIDERING, ObjectionState.PRO_FORMA_FILED,
            ObjectionState.GROUNDS_FILED, ObjectionState.HEARING_PLANNED, ObjectionState.HEARING_HELD,
            ObjectionState.DECIDED, ObjectionState.APPEAL_CONSIDERED, ObjectionState.APPEAL_FILED, ObjectionState.CLOSED);

    private final ObjectionService objections;
    private final CaseFile file;
    private final Consumer<String> changed;
    private final Div problem = new Div();
    private ObjectionForm form;

    ObjectionPanel(ObjectionService objections, CaseFile file, boolean canWrite, Consumer<String> changed) {
        this.objections = objections;
        this.file = file;
        this.changed = changed;
        setPadding(false);
        setId("objection-section");
        add(new H3(getTranslation("objection.title")));
        Paragraph suspends = new Paragraph(getTranslation("objection.noSuspension"));
        suspends.setId("objection-a10");
        Decision decision = file.decision().filter(Decision::isDispatched).orElse(null);
        if (decision == null) {
            Paragraph first = new Paragraph(getTranslation("objection.needsDecision"));
            first.setId("objection-needs-decision");
            add(first);
            return;
        }
        problem.setId("objection-step-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        Objection objection = file.objection().orElse(null);
        if (objection == null) {
            add(new Paragraph(getTranslation("objection.none")), suspends);
            if (canWrite) {
                Button start = new Button(getTranslation("objection.start"), e -> start());
                start.setId("objection-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(start, problem);
            }
            return;
        }
        add(route(objection), suspends);
        if (canWrite) {
            add(steps(objection), problem);
        }
        LocalDate due = file.schedule().deadlines().stream()
                .filter(d -> d.computed().rule() == DeadlineRule.OBJECTION)
                .map(d -> d.computed().date()).findFirst().orElse(null);
        form = new ObjectionForm(objections, objection, due, !decision.hasObjectionClause(), canWrite, changed);
        add(form);
    }

    private VerticalLayout route(Objection objection) {
        OrderedList list = new OrderedList();
        list.setId("objection-route");
        list.getElement().setAttribute("aria-label", getTranslation("objection.route"));
        ObjectionState current = objection.getState();
        for (ObjectionState state : ROUTE) {
            ListItem item = new ListItem(getTranslation("objectionState." + state));
            item.setId("objection-route-" + id(state));
            if (state == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "700");
            } else if (current != ObjectionState.CLOSED && state.ordinal() > current.ordinal()) {
                item.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            list.add(item);
        }
        Span now = new Span(getTranslation("objectionState." + current));
        now.setId("objection-state");
        now.getElement().getThemeList().add("badge");
        VerticalLayout route = new VerticalLayout(new Span(getTranslation("objection.now")), now, list);
        route.setPadding(false);
        route.setSpacing(false);
        return route;
    }

    private HorizontalLayout steps(Objection objection) {
        HorizontalLayout steps = new HorizontalLayout();
        steps.setWrap(true);
        for (ObjectionState next : objection.possibleNextStates()) {
            String label = objection.getState() == ObjectionState.CLOSED
                    ? getTranslation("objection.step.reopen", getTranslation("objectionState." + next))
                    : getTranslation("objection.step." + next);
            Button step = new Button(label, e -> move(next));
            step.setId("objection-step-" + id(next));
            if (next != ObjectionState.CLOSED) {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            steps.add(step);
        }
        return steps;
    }

    private void start() {
        objections.recordObjection(file.supportCase().getPublicId(), ObjectionInput.empty());
        changed.accept(getTranslation("objection.started"));
    }

    private void move(ObjectionState next) {
        problem.setText("");
        try {
            objections.moveObjection(file.supportCase().getPublicId(), next);
            changed.accept(getTranslation("objection.moved", getTranslation("objectionState." + next)));
        } catch (RuntimeException refusal) {
            ObjectionStepRefused refused = Failures.find(refusal, ObjectionStepRefused.class).orElseThrow(() -> refusal);
            if (refused.missing().isEmpty()) {
                problem.setText(getTranslation("objection.step.refused"));
                return;
            }
            problem.setText(getTranslation("objection.step.missing", getTranslation("objectionState." + next),
                    refused.missing().stream().map(f -> getTranslation("objection.field." + f)).collect(Collectors.joining(", "))));
            form.markMissing(refused.missing());
        }
    }

    static String id(ObjectionState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
