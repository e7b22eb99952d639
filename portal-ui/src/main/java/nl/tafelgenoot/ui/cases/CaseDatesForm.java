package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.persistence.OptimisticLockException;
import java.util.Map;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.DatesOutOfOrder;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;
import org.apache.shiro.SecurityUtils;

/**
 * The dates that drive a case's deadlines: notification, interview, report received,
 * application. A date out of order is explained next to its field; nothing typed is lost.
 */
class CaseDatesForm extends VerticalLayout {

    private final DatePicker notifiedOn = DatePickers.create("notifiedOn", getTranslation("case.notifiedOn"));
    private final DatePicker interviewOn = DatePickers.create("interviewOn", getTranslation("case.interviewOn"));
    private final DatePicker reportReceivedOn = DatePickers.create("reportReceivedOn", getTranslation("case.reportReceivedOn"));
    private final DatePicker applicationOn = DatePickers.create("applicationOn", getTranslation("case.applicationOn"));
    private final Div problem = new Div();

    CaseDatesForm(CaseService cases, SupportCase supportCase, Consumer<SupportCase> saved) {
        setPadding(false);
        notifiedOn.setValue(supportCase.getNotifiedOn());
        notifiedOn.setRequiredIndicatorVisible(true);
        interviewOn.setValue(supportCase.getInterviewOn());
        reportReceivedOn.setValue(supportCase.getReportReceivedOn());
        applicationOn.setValue(supportCase.getApplicationOn());
        problem.setId("dates-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        FormLayout fields = new FormLayout(notifiedOn, interviewOn, reportReceivedOn, applicationOn);
        add(new H3(getTranslation("case.dates")), problem, fields);
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE)) {
            Button save = new Button(getTranslation("case.dates.save"), e -> save(cases, supportCase, saved));
            save.setId("save-dates");
            add(save);
        } else {
            fields.getChildren().forEach(f -> ((DatePicker) f).setReadOnly(true));
        }
    }

    private void save(CaseService cases, SupportCase supportCase, Consumer<SupportCase> saved) {
        Map<String, DatePicker> byField = Map.of("notifiedOn", notifiedOn, "interviewOn", interviewOn,
                "reportReceivedOn", reportReceivedOn, "applicationOn", applicationOn);
        byField.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
        if (notifiedOn.getValue() == null || byField.values().stream().anyMatch(DatePicker::isInvalid)) {
            notifiedOn.setInvalid(notifiedOn.getValue() == null);
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        try {
            SupportCase updated = cases.recordDates(supportCase.getPublicId(), supportCase.getVersion(),
                    notifiedOn.getValue(), interviewOn.getValue(), reportReceivedOn.getValue(), applicationOn.getValue());
            Notification.show(getTranslation("case.dates.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.accept(updated);
        } catch (RuntimeException refusal) {
            var outOfOrder = Failures.find(refusal, DatesOutOfOrder.class);
            if (outOfOrder.isPresent()) {
                DatePicker field = byField.get(outOfOrder.get().field());
                field.setErrorMessage(getTranslation("case.dates.outOfOrder"));
                field.setInvalid(true);
                problem.setText(getTranslation("form.invalid"));
            } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                problem.setText(getTranslation("case.conflict"));
            } else {
                throw refusal;
            }
        }
    }
}
