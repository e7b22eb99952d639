package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.HasItemComponents;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.ReportCheckInput.Difference;
import nl.tafelgenoot.domain.reports.ReportService;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * "Verslag": checking the municipality's report of the interview against the case's agreements
 * and notes. Shows when the report came in (entered with the case's dates), the agreements to
 * find back, the differences found, and whether the client signed it, responded to it (with the
 * date and whether an extra conversation was asked) or neither yet. Until the report is in, it
 * only says so. Two people saving at once lose nothing: the later one sees the stored version
 * with their own new differences added.
 */
public class ReportPanel extends VerticalLayout {

    private final ReportService reports;
    private final SupportCase supportCase;
    private final Function<Long, String> names;
    private final RadioButtonGroup<SignedStatus> signed = new RadioButtonGroup<>();
    private final DatePicker signedOn = DatePickers.create("report-signed-on", getTranslation("report.signedOn"));
    private final DatePicker respondedOn = DatePickers.create("report-responded-on", getTranslation("report.respondedOn"));
    private final Checkbox extraConversation = new Checkbox(getTranslation("report.extraConversation"));
    private final Div problem = new Div();
    private final Span unsaved = new Span(getTranslation("report.unsaved"));
    private final Span checkedBy = new Span();
    private ReportDifferencesEditor editor;
    private long version = ReportCheckInput.NEW;

    public ReportPanel(ReportService reports, SupportCase supportCase, List<CaseTask> tasksOfCase,
                       Function<Long, String> names, boolean canWrite) {
        this.reports = reports;
        this.supportCase = supportCase;
        this.names = names;
        setPadding(false);
        setId("report-section");
        add(new H3(getTranslation("report.title")));
        LocalDate received = supportCase.getReportReceivedOn();
        if (received == null) {
            Paragraph notReceived = new Paragraph(getTranslation("report.notReceived"));
            notReceived.setId("report-not-received");
            add(notReceived);
            return;
        }
        Span receivedOn = new Span(getTranslation("report.received", DatePickers.format().format(received)));
        receivedOn.setId("report-received");
        receivedOn.getStyle().set("font-weight", "600");
        editor = new ReportDifferencesEditor(canWrite, () -> unsaved.setVisible(true));
        add(receivedOn, new Paragraph(getTranslation("report.intro")), agreements(tasksOfCase), editor, status(canWrite));
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        unsaved.setId("report-unsaved");
        unsaved.setVisible(false);
        checkedBy.setId("report-checked-by");
        add(problem);
        if (canWrite) {
            Button save = new Button(getTranslation("report.save"), e -> save());
            save.setId("report-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save, unsaved);
        }
        add(checkedBy);
        reports.checkOf(supportCase.getPublicId()).ifPresent(this::show);
    }

    private VerticalLayout agreements(List<CaseTask> tasksOfCase) {
        List<CaseTask> agreed = tasksOfCase.stream().filter(t -> t.getSource() == TaskSource.AGREEMENT).toList();
        UnorderedList list = new UnorderedList();
        list.setId("report-agreements");
        DateTimeFormatter dates = DatePickers.format();
        agreed.forEach(t -> list.add(new ListItem(t.getWhat() + " (" + getTranslation("tasks.dueBy", dates.format(t.getDueOn())) + ")")));
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("report.agreements")));
        section.setPadding(false);
        section.setSpacing(false);
        section.add(agreed.isEmpty() ? new Paragraph(getTranslation("report.agreements.none")) : list);
        return section;
    }

    private VerticalLayout status(boolean canWrite) {
        signed.setId("report-signed");
        signed.setLabel(getTranslation("report.signed"));
        signed.setHelperText(getTranslation("report.signed.hint"));
        signed.setItems(SignedStatus.values());
        signed.setItemLabelGenerator(s -> getTranslation("signedStatus." + s));
        signed.setValue(SignedStatus.NOT_YET);
        signed.getChildren().filter(c -> c instanceof HasItemComponents.ItemComponent<?>)
                .forEach(c -> c.setId("report-signed-" + ((HasItemComponents.ItemComponent<?>) c).getItem()));
        extraConversation.setId("report-extra-conversation");
        signed.addValueChangeListener(e -> {
            showDates();
            if (e.isFromClient()) {
                unsaved.setVisible(true);
            }
        });
        signedOn.setMax(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        respondedOn.setMax(signedOn.getMax());
        signedOn.setMin(supportCase.getReportReceivedOn());
        respondedOn.setMin(supportCase.getReportReceivedOn());
        VerticalLayout section = new VerticalLayout(signed, signedOn, respondedOn, extraConversation);
        section.setPadding(false);
        if (!canWrite) {
            signed.setReadOnly(true);
            signedOn.setReadOnly(true);
            respondedOn.setReadOnly(true);
            extraConversation.setReadOnly(true);
        }
        showDates();
        return section;
    }

    private void showDates() {
        signedOn.setVisible(signed.getValue() == SignedStatus.SIGNED);
        respondedOn.setVisible(signed.getValue() == SignedStatus.RESPONDED);
        extraConversation.setVisible(signed.getValue() == SignedStatus.RESPONDED);
    }

    private void show(ReportCheck check) {
        version = check.getVersion();
        signed.setValue(check.getStatus());
        signedOn.setValue(check.getSignedOn());
        respondedOn.setValue(check.getRespondedOn());
        extraConversation.setValue(check.isExtraConversationAsked());
        editor.show(check.getDifferences().stream().map(d -> new Difference(d.getReportSays(), d.getSaidOrAgreed())).toList());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam")).format(check.getCheckedAt());
        checkedBy.setText(getTranslation("report.checkedBy", names.apply(check.getCheckedBy()), when));
        unsaved.setVisible(false);
        showDates();
    }

    private void save() {
        problem.setText("");
        if (!datesValid()) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        try {
            ReportCheck saved = reports.record(supportCase.getPublicId(), new ReportCheckInput(version, signed.getValue(),
                    signedOn.getValue(), respondedOn.getValue(), extraConversation.getValue(), editor.differences()));
            show(saved);
            Notification.show(getTranslation("report.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                mergeWithStored();
            } else if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                problem.setText(getTranslation("form.invalid"));
            } else {
                throw refusal;
            }
        }
    }

    /** Someone else saved first: show theirs, with this person's new differences kept on top. */
    private void mergeWithStored() {
        List<Difference> mine = editor.differences();
        Optional<ReportCheck> stored = reports.checkOf(supportCase.getPublicId());
        stored.ifPresent(this::show);
        List<Difference> merged = new ArrayList<>(editor.differences());
        mine.stream().filter(d -> !merged.contains(d)).forEach(merged::add);
        editor.show(merged);
        unsaved.setVisible(true);
        problem.setText(getTranslation("report.conflict"));
    }

    private boolean datesValid() {
        DatePicker needed = signed.getValue() == SignedStatus.SIGNED ? signedOn
                : signed.getValue() == SignedStatus.RESPONDED ? respondedOn : null;
        signedOn.setInvalid(false);
        respondedOn.setInvalid(false);
        if (needed == null) {
            return true;
        }
        String error = null;
        if (needed.getValue() == null) {
            error = getTranslation("report.date.required");
        } else if (needed.getValue().isAfter(needed.getMax())) {
            error = getTranslation("report.date.future");
        } else if (needed.getValue().isBefore(supportCase.getReportReceivedOn())) {
            error = getTranslation("report.date.beforeReport");
        }
        needed.setErrorMessage(error);
        needed.setInvalid(error != null);
        return error == null;
    }
}
