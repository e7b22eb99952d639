package nl.tafelgenoot.ui.notes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.domain.validation.Bsn;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * Agreements of a case, each a task: what, who, by when. Open tasks first by date; overdue ones
 * stand out; a checkbox marks one done (or open again). An open task can be changed in the same
 * form that adds one.
 */
public class TasksPanel extends VerticalLayout {

    private final TaskService tasks;
    private final String casePublicId;
    private final boolean canWrite;
    private final Map<Long, Account> advisors;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField what = new TextField();
    private final Select<TaskParty> party = new Select<>();
    private final ComboBox<Account> advisor = new ComboBox<>();
    private final DatePicker dueOn = DatePickers.create("task-due", getTranslation("tasks.dueOn"));
    private final Div problem = new Div();
    private final Button add = new Button();
    private final Button cancelEdit = new Button();
    /** The open task being changed in the form, or null while the form adds a new one. */
    private CaseTask editing;

    public TasksPanel(TaskService tasks, String casePublicId, List<Account> advisorsOfCase, long me, boolean canWrite) {
        this.tasks = tasks;
        this.casePublicId = casePublicId;
        this.canWrite = canWrite;
        this.advisors = advisorsOfCase.stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        setPadding(false);
        setId("tasks-section");
        add(new H3(getTranslation("tasks.title")));
        if (canWrite) {
            add(form(advisorsOfCase, me));
        }
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("tasks");
        add(list);
        refresh();
    }

    private VerticalLayout form(List<Account> advisorsOfCase, long me) {
        what.setId("task-what");
        what.setLabel(getTranslation("tasks.what"));
        what.setMaxLength(1000);
        what.setRequiredIndicatorVisible(true);
        party.setId("task-party");
        party.setLabel(getTranslation("tasks.who"));
        party.setItems(TaskParty.values());
        party.setItemLabelGenerator(p -> getTranslation("tasks.party." + p));
        party.setValue(TaskParty.ADVISOR);
        advisor.setId("task-advisor");
        advisor.setLabel(getTranslation("tasks.advisor"));
        advisor.setItems(advisorsOfCase);
        advisor.setItemLabelGenerator(Account::getDisplayName);
        advisorsOfCase.stream().filter(a -> a.getId() == me).findFirst()
                .or(() -> advisorsOfCase.stream().findFirst()).ifPresent(advisor::setValue);
        party.addValueChangeListener(e -> advisor.setVisible(e.getValue() == TaskParty.ADVISOR));
        dueOn.setRequiredIndicatorVisible(true);
        problem.setId("task-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        FormLayout fields = new FormLayout(what, party, advisor, dueOn);
        fields.setColspan(what, 2);
        add.setText(getTranslation("tasks.add"));
        add.addClickListener(e -> agree());
        add.setId("add-task");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelEdit.setText(getTranslation("form.cancel"));
        cancelEdit.setId("cancel-task-edit");
        cancelEdit.setVisible(false);
        cancelEdit.addClickListener(e -> stopEditing());
        VerticalLayout form = new VerticalLayout(problem, fields, new HorizontalLayout(add, cancelEdit));
        form.setPadding(false);
        return form;
    }

    private void agree() {
        boolean ok = check(what, blankOrBsn(what.getValue()));
        ok &= check(advisor, party.getValue() == TaskParty.ADVISOR && advisor.getValue() == null
                ? getTranslation("tasks.advisor.required") : null);
        ok &= check(dueOn, dueOn.isInvalid() || dueOn.getValue() == null ? getTranslation("tasks.dueOn.required") : null);
        if (!ok) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        Long advisorId = party.getValue() == TaskParty.ADVISOR && advisor.getValue() != null
                ? advisor.getValue().getId() : null;
        try {
            if (editing == null) {
                tasks.agree(casePublicId, what.getValue(), party.getValue(), advisorId, dueOn.getValue());
            } else {
                tasks.change(casePublicId, editing.getId(), editing.getVersion(), what.getValue(), party.getValue(),
                        advisorId, dueOn.getValue());
            }
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                problem.setText(getTranslation("form.invalid"));
                return;
            }
            if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                problem.setText(getTranslation("tasks.conflict"));
                return;
            }
            throw refusal;
        }
        Notification.show(getTranslation(editing == null ? "tasks.added" : "tasks.changed"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        stopEditing();
        refresh();
    }

    /** Puts an open task in the form to change it; the add button becomes "save change". */
    private void edit(CaseTask task) {
        editing = task;
        problem.setText("");
        what.setValue(task.getWhat());
        party.setValue(task.getParty());
        advisor.setValue(task.getAdvisorAccountId() == null ? null : advisors.get(task.getAdvisorAccountId()));
        dueOn.setValue(task.getDueOn());
        add.setText(getTranslation("tasks.saveChange"));
        cancelEdit.setVisible(true);
        what.focus();
    }

    private void stopEditing() {
        editing = null;
        problem.setText("");
        what.clear();
        dueOn.clear();
        add.setText(getTranslation("tasks.add"));
        cancelEdit.setVisible(false);
    }

    private String blankOrBsn(String text) {
        if (text == null || text.isBlank()) {
            return getTranslation("tasks.what.required");
        }
        return Bsn.occursIn(text) ? getTranslation("notes.text.bsn") : null;
    }

    private static boolean check(com.vaadin.flow.component.HasValidation field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        return error == null;
    }

    private void refresh() {
        list.removeAll();
        List<CaseTask> all = tasks.ofCase(casePublicId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("tasks.none")));
        }
        LocalDate today = tasks.today();
        for (CaseTask task : all) {
            list.add(row(task, today));
        }
    }

    private HorizontalLayout row(CaseTask task, LocalDate today) {
        String prefix = "task-" + task.getId();
        Checkbox done = new Checkbox(TaskTexts.what(task.getSource(), task.getWhat(), this::getTranslation), task.isDone());
        done.setId(prefix + "-done");
        done.setReadOnly(!canWrite);
        done.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                markDone(task, e.getValue());
            }
        });
        Span who = new Span(who(task));
        who.setId(prefix + "-who");
        Span due = new Span(getTranslation("tasks.dueBy", DatePickers.format().format(task.getDueOn())));
        due.setId(prefix + "-due");
        HorizontalLayout row = new HorizontalLayout(done, who, due);
        row.setId(prefix);
        if (canWrite && !task.isDone()) {
            Button change = new Button(getTranslation("tasks.edit"), e -> edit(task));
            change.setId(prefix + "-edit");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("tasks.edit.label", task.getWhat()));
            row.add(change);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (task.isOverdue(today)) {
            Span overdue = new Span(getTranslation("tasks.overdue"));
            overdue.setId(prefix + "-overdue");
            overdue.getElement().getThemeList().add("badge error");
            due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            row.add(overdue);
        }
        if (task.getSource().isAutomatic()) {
            Span source = new Span(getTranslation("taskSource." + task.getSource()));
            source.setId(prefix + "-source");
            source.getElement().getThemeList().add("badge contrast");
            row.addComponentAtIndex(0, source);
        }
        if (task.isDone()) {
            done.getStyle().set("text-decoration", "line-through");
        }
        if (task.isClosedBySystem()) {
            Span closed = new Span(getTranslation("tasks.closedBySystem"));
            closed.setId(prefix + "-closed-by-system");
            row.add(closed);
        }
        return row;
    }

    private String who(CaseTask task) {
        if (task.isForAllAdvisors()) {
            return getTranslation("tasks.allAdvisors");
        }
        if (task.getParty() == TaskParty.ADVISOR && task.getAdvisorAccountId() != null
                && advisors.containsKey(task.getAdvisorAccountId())) {
            return advisors.get(task.getAdvisorAccountId()).getDisplayName();
        }
        return getTranslation("tasks.party." + task.getParty());
    }

    private void markDone(CaseTask task, boolean done) {
        try {
            tasks.markDone(casePublicId, task.getId(), task.getVersion(), done);
            problem.setText("");
        } catch (RuntimeException refusal) {
            if (!Failures.causedBy(refusal, OptimisticLockException.class)) {
                throw refusal;
            }
            Notification.show(getTranslation("tasks.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
