package nl.tafelgenoot.ui.account;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.ActiveSessions;
import nl.tafelgenoot.ui.security.NoTenantRequired;
import nl.tafelgenoot.ui.security.ShiroCurrentUser;

/**
 * A person's own login: their password, their two-factor login and where they are logged in. Only ever the logged-in
 * person's own account; nothing on this page takes an account from the address or a form.
 */
@Route(value = "mijn-inlog", layout = MainLayout.class)
@NoTenantRequired
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    @Inject
    public AccountSecurityView(AccountService accounts, ShiroPasswords passwords, ActiveSessions sessions) {
        setMaxWidth("48rem");
        SessionsSection sessionList = new SessionsSection(sessions);
        add(new PasswordSection(accounts, passwords, () -> {
            sessions.endOthers(ShiroCurrentUser.principal().accountId(), SessionsSection.currentSession());
            sessionList.refresh();
        }), new TwoFactorSection(accounts), sessionList);
    }

    @Override
    public String viewTitle() {
        return getTranslation("account.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
