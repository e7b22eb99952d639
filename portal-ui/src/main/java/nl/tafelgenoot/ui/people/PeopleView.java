package nl.tafelgenoot.ui.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.people.PeopleRefused;
import nl.tafelgenoot.domain.people.PeopleService;
import nl.tafelgenoot.domain.people.PersonLine;
import nl.tafelgenoot.domain.people.PersonState;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The admin's page of the organisation's people: invite someone by e-mail, and per person their
 * roles, two-step state, deactivation and access reset; pending invitations can be sent again or
 * withdrawn. Refusals stand at their field (or the person's line); what was typed stays.
 */
@Route(value = "beheer/mensen", layout = MainLayout.class)
@RequiresPermission(Permission.PEOPLE_MANAGE)
public class PeopleView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final PeopleService people;
    private final InviteFields invitee = new InviteFields("invite", "people.name", "people.email");
    private final CheckboxGroup<Role> roles = roleChoice("invite-roles");
    private final Map<String, HasValidation> inviteFields = new HashMap<>(invitee.byRefusedField());
    private final Div list = new Div();

    @Inject
    public PeopleView(PeopleService people) {
        this.people = people;
        setMaxWidth("56rem");
        inviteFields.put("roles", roles);
        Button invite = new Button(getTranslation("people.invite"), e -> invite());
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("people-list");
        list.setWidthFull();
        add(new Paragraph(getTranslation("people.intro")), new H2(getTranslation("people.invite.title")),
                new Paragraph(getTranslation("people.invite.intro")), invitee, roles, invite,
                new H2(getTranslation("people.list.title")), list);
        showList();
    }

    private CheckboxGroup<Role> roleChoice(String id) {
        CheckboxGroup<Role> choice = new CheckboxGroup<>(getTranslation("people.roles"));
        choice.setId(id);
        choice.setItems(Role.values());
        choice.setItemLabelGenerator(r -> getTranslation("people.role." + r.name()));
        return choice;
    }

    private void invite() {
        inviteFields.values().forEach(f -> f.setInvalid(false));
        try {
            people.invite(invitee.name(), invitee.email(), roles.getValue());
            Notification.show(getTranslation("people.invited", invitee.email().strip()));
            invitee.clear();
            roles.clear();
            roles.setInvalid(false);
            showList();
        } catch (PeopleRefused refused) {
            var field = inviteFields.getOrDefault(refused.field(), inviteFields.get("email"));
            field.setErrorMessage(getTranslation("people.refused." + refused.key()));
            field.setInvalid(true);
        }
    }

    private void showList() {
        list.removeAll();
        List<PersonLine> lines = people.people();
        if (lines.isEmpty()) {
            list.add(new Paragraph(getTranslation("people.list.none")));
        }
        lines.forEach(line -> list.add(line.state() == PersonState.INVITED ? invitationLine(line) : personLine(line)));
    }

    private Div personLine(PersonLine line) {
        long id = line.accountId();
        Div box = box("person-" + id, line);
        box.add(new Span(getTranslation(line.twoStep() ? "people.twoStep.on" : "people.twoStep.off")));
        CheckboxGroup<Role> held = roleChoice("roles-" + id);
        held.setValue(line.roles());
        Span error = errorLine("person-error-" + id);
        Button save = new Button(getTranslation("people.roles.save"), e -> act(held, error, () -> {
            people.changeRoles(id, held.getValue());
            Notification.show(getTranslation("people.roles.saved", line.name()));
        }));
        save.setId("roles-save-" + id);
        Button deactivate = new Button(getTranslation("people.deactivate"), e -> confirm(
                getTranslation("people.deactivate.title", line.name()), getTranslation("people.deactivate.text", line.name()),
                getTranslation("people.deactivate.confirm"), () -> act(held, error, () -> {
                    int cases = people.deactivate(id);
                    Notification.show(getTranslation("people.deactivated", line.name(), cases));
                })));
        deactivate.setId("deactivate-" + id);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button reset = new Button(getTranslation("people.reset"), e -> confirm(
                getTranslation("people.reset.title", line.name()), getTranslation("people.reset.text", line.name()),
                getTranslation("people.reset.confirm"), () -> act(held, error, () -> {
                    people.resetAccess(id);
                    Notification.show(getTranslation("people.resetDone", line.email()));
                })));
        reset.setId("reset-" + id);
        HorizontalLayout buttons = new HorizontalLayout(save, reset, deactivate);
        buttons.setWrap(true);
        box.add(held, error, buttons);
        return box;
    }

    private Div invitationLine(PersonLine line) {
        long id = line.invitationId();
        Div box = box("invitation-" + id, line);
        box.add(new Span(String.join(", ", line.roles().stream()
                .map(r -> getTranslation("people.role." + r.name())).toList())));
        Span error = errorLine("invitation-error-" + id);
        Button resend = new Button(getTranslation("people.invitation.resend"), e -> act(null, error, () -> {
            people.resend(id);
            Notification.show(getTranslation("people.invitation.resent"));
        }));
        resend.setId("invitation-resend-" + id);
        Button withdraw = new Button(getTranslation("people.invitation.withdraw"), e -> act(null, error, () -> {
            people.withdraw(id);
            Notification.show(getTranslation("people.invitation.withdrawn"));
        }));
        withdraw.setId("invitation-withdraw-" + id);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(resend, withdraw);
        buttons.setWrap(true);
        box.add(error, buttons);
        return box;
    }

    private Div box(String id, PersonLine line) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s) 0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        H3 title = new H3(line.name());
        title.getStyle().set("margin", "0");
        Span state = new Span(getTranslation("people.state." + line.state().name()));
        state.setId(id + "-state");
        box.add(title, new Span(line.email()), state);
        return box;
    }

    private static Span errorLine(String id) {
        Span error = new Span();
        error.setId(id);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        return error;
    }

    /** Runs the change, then shows the list again; a refusal stays at the roles or the line. */
    private void act(CheckboxGroup<Role> roleField, Span error, Runnable change) {
        error.setVisible(false);
        if (roleField != null) {
            roleField.setInvalid(false);
        }
        try {
            change.run();
            showList();
        } catch (PeopleRefused refused) {
            String message = getTranslation("people.refused." + refused.key());
            if (roleField != null && "roles".equals(refused.field())) {
                roleField.setErrorMessage(message);
                roleField.setInvalid(true);
            } else {
                error.setText(message);
                error.setVisible(true);
            }
        } catch (NotFoundException gone) {
            Notification.show(getTranslation("people.gone"));
            showList();
        }
    }

    private void confirm(String title, String text, String yes, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, yes, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("people.cancel"));
        dialog.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("people.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
