package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import nl.tafelgenoot.domain.intake.IntakeChannel;
import nl.tafelgenoot.domain.intake.IntakeRefused;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/** The coordinator writes down a request taken by phone (or e-mail, or at the desk); it lands in the queue. */
@Route(value = "aanmeldingen/nieuw", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_ASSIGN)
public class NewIntakeView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final IntakeService intake;
    private final IntakeForm form;
    private final IntakeRequest draft = new IntakeRequest();

    @Inject
    public NewIntakeView(IntakeService intake, Municipalities municipalities) {
        this.intake = intake;
        this.form = new IntakeForm(municipalities.current());
        draft.setChannel(IntakeChannel.PHONE);
        form.edit(draft);
        Button save = new Button(getTranslation("intake.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), e -> UI.getCurrent().navigate(IntakeQueueView.class));
        cancel.setId("cancel");
        add(form, new HorizontalLayout(save, cancel));
        getStyle().set("max-width", "60em");
    }

    private void save() {
        if (!form.writeInto(draft)) {
            return;
        }
        try {
            IntakeRequest saved = intake.enter(draft);
            Notification.show(getTranslation("intake.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(IntakeView.class, new RouteParameters(IntakeView.ID, saved.getPublicId()));
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                form.revalidate();
            } else if (Failures.causedBy(refusal, UnknownMunicipality.class)) {
                form.municipality.refuseUnknown();
                form.problem.setText(getTranslation("form.invalid"));
            } else if (refusal instanceof IntakeRefused refused && "phone".equals(refused.field())) {
                form.phone.setErrorMessage(getTranslation("intake.refused." + refused.reason()));
                form.phone.setInvalid(true);
                form.phone.focus();
                form.problem.setText(getTranslation("form.invalid"));
            } else {
                throw refusal;
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("intake.new.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
