package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.interviews.InterviewPlace;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.DatePickers;
import org.apache.shiro.SecurityUtils;

/**
 * Planning the kitchen-table interview: date, time, place and who comes. When the interview is
 * by phone or in writing, the screen says that the client has a right to a personal conversation.
 */
class InterviewPanel extends VerticalLayout {

    private final Binder<InterviewPlan> binder = new BeanValidationBinder<>(InterviewPlan.class);
    private final Div problem = new Div();
    private final Div personalConversation = new Div();

    final DatePicker plannedOn = DatePickers.create("plannedOn", getTranslation("interview.plannedOn"));
    final TimePicker plannedAt = new TimePicker(getTranslation("interview.plannedAt"));
    final Select<InterviewPlace> place = new Select<>();
    final TextField location = new TextField(getTranslation("interview.location"));
    final Checkbox clientAttends = new Checkbox(getTranslation("interview.clientAttends"));
    final TextField carerAttending = new TextField(getTranslation("interview.carerAttending"));
    final TextField officerName = new TextField(getTranslation("interview.officerName"));
    final TextField officerTeam = new TextField(getTranslation("interview.officerTeam"));

    InterviewPanel(InterviewService interviews, SupportCase supportCase) {
        setPadding(false);
        plannedAt.setId("plannedAt");
        plannedAt.setLocale(getLocale());
        place.setId("place");
        place.setLabel(getTranslation("interview.place"));
        place.setItems(InterviewPlace.values());
        place.setItemLabelGenerator(p -> getTranslation("interviewPlace." + p));
        location.setId("location");
        clientAttends.setId("clientAttends");
        carerAttending.setId("carerAttending");
        officerName.setId("officerName");
        officerTeam.setId("officerTeam");
        binder.bindInstanceFields(this);

        personalConversation.setId("personal-conversation");
        personalConversation.getElement().setAttribute("role", "note");
        personalConversation.getStyle().set("font-weight", "600");
        place.addValueChangeListener(e -> remind(e.getValue()));
        problem.setId("interview-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        InterviewPlan plan = interviews.planOf(supportCase.getPublicId()).orElseGet(() -> new InterviewPlan(supportCase));
        binder.readBean(plan);
        remind(plan.getPlace());

        FormLayout fields = new FormLayout(plannedOn, plannedAt, place, location, clientAttends, carerAttending,
                officerName, officerTeam);
        add(new H3(getTranslation("interview.title")), problem, fields, personalConversation);
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE)) {
            Button save = new Button(getTranslation("interview.save"), e -> save(interviews, supportCase, plan));
            save.setId("save-interview");
            add(save);
        } else {
            binder.setReadOnly(true);
        }
    }

    private void remind(InterviewPlace chosen) {
        boolean remote = chosen != null && !chosen.isInPerson();
        personalConversation.setText(remote ? getTranslation("interview.personalConversation") : "");
        personalConversation.setVisible(remote);
    }

    private void save(InterviewService interviews, SupportCase supportCase, InterviewPlan plan) {
        if (!binder.writeBeanIfValid(plan)) {
            binder.validate();
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        try {
            binder.readBean(interviews.plan(supportCase.getPublicId(), plan));
            problem.setText("");
            Notification.show(getTranslation("interview.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                problem.setText(getTranslation("case.conflict"));
            } else if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                binder.validate();
                problem.setText(getTranslation("form.invalid"));
            } else {
                throw refusal;
            }
        }
    }
}
