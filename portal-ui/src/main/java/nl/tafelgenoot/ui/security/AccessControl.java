package nl.tafelgenoot.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.accounts.TwoFactorState;
import nl.tafelgenoot.ui.account.AccountSecurityView;
import nl.tafelgenoot.ui.organisations.ChooseOrganisationView;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Checks every navigation before a view opens: not logged in goes to the login page (and back to
 * the wanted page afterwards); no organisation chosen goes to the chooser; a missing permission
 * gets the same "not found" page as a record that does not exist. An admin without two-step
 * verification is kept on the page that sets it up, and so is a platform operator. Views that need
 * no organisation still check their {@link RequiresPermission}; a platform operator has no
 * organisation, so every view of one refuses them.
 */
@ApplicationScoped
public class AccessControl {

    private static final String WANTED_LOCATION = "tafelgenoot.wantedLocation";

    @Inject
    AccountService accounts;

    void register(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            VaadinSession.getCurrent().setAttribute(WANTED_LOCATION, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        boolean operator = subject.hasRole(AccountRealm.OPERATOR_ROLE);
        if (!target.isAnnotationPresent(NoTenantRequired.class) && SessionTenant.get().isEmpty()) {
            if (operator && event.getLocation().getPath().isEmpty()) {
                event.forwardTo("platform"); // the operator's start page
            } else if (operator) {
                // A platform operator belongs to no organisation: no view of one opens for them.
                event.rerouteToError(NotFoundException.class);
            } else {
                event.forwardTo(ChooseOrganisationView.class);
            }
            return;
        }
        if ((operator || subject.hasRole(Role.ADMIN.shiroName())) && target != AccountSecurityView.class
                && !usesTwoFactor()) {
            event.forwardTo(AccountSecurityView.class);
            return;
        }
        RequiresPermission required = target.getAnnotation(RequiresPermission.class);
        if (required != null && !subject.isPermitted(required.value())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Admins work only with two-step verification on: until they set it up, that page is all they get. */
    private boolean usesTwoFactor() {
        AccountPrincipal me = ShiroCurrentUser.principal();
        return me != null && accounts.twoFactorState(me.accountId()).map(TwoFactorState::on).orElse(false);
    }

    /** Where a person wanted to go before the login page interrupted them; asked once. */
    public static String takeWantedLocation() {
        VaadinSession session = VaadinSession.getCurrent();
        Object wanted = session == null ? null : session.getAttribute(WANTED_LOCATION);
        if (session != null) {
            session.setAttribute(WANTED_LOCATION, null);
        }
        return wanted instanceof String location && !location.isBlank() ? location : "";
    }
}
