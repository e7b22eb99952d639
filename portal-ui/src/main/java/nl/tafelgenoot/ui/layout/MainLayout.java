package nl.tafelgenoot.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Inject;
import java.util.List;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.account.AccountSecurityView;
import nl.tafelgenoot.ui.audit.AuditTrailView;
import nl.tafelgenoot.ui.advisors.AdvisorsView;
import nl.tafelgenoot.ui.advisors.OwnProfileView;
import nl.tafelgenoot.ui.booking.agenda.AgendaView;
import nl.tafelgenoot.ui.intake.IntakeQueueView;
import nl.tafelgenoot.ui.overview.OverviewView;
import nl.tafelgenoot.ui.cases.CasesView;
import nl.tafelgenoot.ui.clients.ClientsView;
import nl.tafelgenoot.ui.mail.OutboxView;
import nl.tafelgenoot.ui.organisations.ChooseOrganisationView;
import nl.tafelgenoot.ui.organisations.SettingsView;
import nl.tafelgenoot.ui.people.PeopleView;
import nl.tafelgenoot.ui.security.AccountPrincipal;
import nl.tafelgenoot.ui.security.LoginView;
import nl.tafelgenoot.ui.security.SessionTenant;
import nl.tafelgenoot.ui.security.ShiroCurrentUser;
import nl.tafelgenoot.ui.security.SignIn;
import nl.tafelgenoot.ui.platform.PlatformView;
import nl.tafelgenoot.ui.start.StartView;
import nl.tafelgenoot.ui.statistics.StatisticsView;
import org.apache.shiro.SecurityUtils;

/**
 * The frame of every staff screen: the organisation and person at the top, with switching and
 * logging out; a side navigation with only the entries the person's role may use.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SignIn signIn;
    private final Span organisationName = new Span();
    private final H1 viewTitle = new H1();

    @Inject
    public MainLayout(SignIn signIn) {
        this.signIn = signIn;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        addToNavbar(true, toggle, viewTitle, userBar());

        H1 appName = new H1(getTranslation("app.name"));
        appName.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        organisationName.getStyle().set("display", "block").set("margin", "0 var(--lumo-space-m) var(--lumo-space-m)");
        addToDrawer(appName, organisationName, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.start"), StartView.class, VaadinIcon.HOME.create()));
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CLIENT_READ)) {
            nav.addItem(new SideNavItem(getTranslation("nav.clients"), ClientsView.class, VaadinIcon.USERS.create()));
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_READ)) {
            nav.addItem(new SideNavItem(getTranslation("nav.cases"), CasesView.class, VaadinIcon.FOLDER_OPEN.create()));
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_ASSIGN)) {
            SideNavItem requests = new SideNavItem(getTranslation("nav.intake"), IntakeQueueView.class,
                    VaadinIcon.INBOX.create());
            requests.setId("nav-intake");
            nav.addItem(requests);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_ASSIGN)
                || SecurityUtils.getSubject().isPermitted(Permission.PROFILE_OWN)) {
            SideNavItem agenda = new SideNavItem(getTranslation("nav.agenda"), AgendaView.class,
                    VaadinIcon.CALENDAR.create());
            agenda.setId("nav-agenda");
            nav.addItem(agenda);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_ASSIGN)) {
            SideNavItem advisors = new SideNavItem(getTranslation("nav.advisors"), AdvisorsView.class,
                    VaadinIcon.USER_CARD.create());
            advisors.setId("nav-advisors");
            nav.addItem(advisors);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.PROFILE_OWN)) {
            SideNavItem own = new SideNavItem(getTranslation("nav.ownProfile"), OwnProfileView.class,
                    VaadinIcon.USER.create());
            own.setId("nav-own-profile");
            nav.addItem(own);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_READ_ALL)) {
            SideNavItem overview = new SideNavItem(getTranslation("nav.overview"), OverviewView.class,
                    VaadinIcon.TABLE.create());
            overview.setId("nav-overview");
            nav.addItem(overview);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.STATISTICS_READ)) {
            SideNavItem statistics = new SideNavItem(getTranslation("nav.statistics"), StatisticsView.class,
                    VaadinIcon.BAR_CHART.create());
            statistics.setId("nav-statistics");
            nav.addItem(statistics);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.MAIL_READ)) {
            SideNavItem outbox = new SideNavItem(getTranslation("nav.outbox"), OutboxView.class, VaadinIcon.ENVELOPE_O.create());
            outbox.setId("nav-outbox");
            nav.addItem(outbox);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.ORGANISATION_MANAGE)) {
            SideNavItem settings = new SideNavItem(getTranslation("settings.nav"), SettingsView.class,
                    VaadinIcon.COG.create());
            settings.setId("nav-settings");
            nav.addItem(settings);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.PEOPLE_MANAGE)) {
            SideNavItem people = new SideNavItem(getTranslation("people.nav"), PeopleView.class,
                    VaadinIcon.GROUP.create());
            people.setId("nav-people");
            nav.addItem(people);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.PLATFORM_MANAGE)) {
            SideNavItem platform = new SideNavItem(getTranslation("platform.nav"), PlatformView.class,
                    VaadinIcon.BUILDING.create());
            platform.setId("nav-platform");
            nav.addItem(platform);
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.AUDIT_TRAIL)) {
            SideNavItem trail = new SideNavItem(getTranslation("auditTrail.nav"), AuditTrailView.class,
                    VaadinIcon.EYE.create());
            trail.setId("nav-audit");
            nav.addItem(trail);
        }
        return nav;
    }

    private Component userBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        AccountPrincipal principal = ShiroCurrentUser.principal();
        if (principal != null) {
            Span user = new Span(getTranslation("layout.user", principal.displayName()));
            user.setId("current-user");
            bar.add(user);
        }
        Button security = new Button(getTranslation("account.link"), VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AccountSecurityView.class)));
        security.setId("own-account");
        security.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(security);
        List<Organisation> workplaces = signIn.workplaces();
        if (workplaces.size() > 1) {
            Button switchOrganisation = new Button(getTranslation("layout.switchOrganisation"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChooseOrganisationView.class)));
            switchOrganisation.setId("switch-organisation");
            switchOrganisation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(switchOrganisation);
        }
        SessionTenant.get().flatMap(t -> workplaces.stream().filter(o -> o.getId() == t.value()).findFirst())
                .ifPresent(o -> organisationName.setText(o.getName()));
        organisationName.setId("current-organisation");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> logOut());
        logout.setId("logout");
        bar.add(logout);
        return bar;
    }

    private void logOut() {
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath + "/" + LoginView.ROUTE));
        signIn.logOut();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasViewTitle titled ? titled.viewTitle() : "");
    }
}
