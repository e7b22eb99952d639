package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.interviews.InterviewService;
import nl.tafelgenoot.domain.notes.NoteService;
import nl.tafelgenoot.domain.objections.AllCaseDeadlines;
import nl.tafelgenoot.domain.reports.ReportService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.ui.clients.ClientView;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.notes.NotesPanel;
import nl.tafelgenoot.ui.objections.DecisionView;
import nl.tafelgenoot.ui.notes.TasksPanel;
import nl.tafelgenoot.ui.preparation.PreparationView;
import nl.tafelgenoot.ui.security.RequiresPermission;
import org.apache.shiro.SecurityUtils;

/**
 * One support case: what is asked, where it stands on its route (with the steps it can take
 * now), its dates, and who works on it. An unknown case, one of another organisation and one not
 * assigned to this advisor all give the same "not found" page.
 */
@Route(value = "casussen/:" + CaseView.ID, layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ID = "caseId";

    private final CaseService cases;
    private final InterviewService interviews;
    private final NoteService notes;
    private final TaskService tasks;
    private final ReportService reports;
    private final CurrentUser user;
    private final AllCaseDeadlines allDeadlines;
    private final VerticalLayout content = new VerticalLayout();
    private SupportCase supportCase;

    @Inject
    public CaseView(CaseService cases, InterviewService interviews, NoteService notes, TaskService tasks,
                    ReportService reports, CurrentUser user, AllCaseDeadlines allDeadlines) {
        this.allDeadlines = allDeadlines;
        this.reports = reports;
        this.cases = cases;
        this.interviews = interviews;
        this.notes = notes;
        this.tasks = tasks;
        this.user = user;
        content.setPadding(false);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        cases.find(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(SupportCase found) {
        supportCase = found;
        content.removeAll();
        H2 title = new H2(getTranslation("case.title", found.getReference()));
        title.setId("case-reference");
        RouterLink client = new RouterLink(found.getClient().getFullName(), ClientView.class,
                new RouteParameters(ClientView.ID, found.getClient().getPublicId()));
        client.setId("case-client");
        boolean canWrite = SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE);
        content.add(title, labelled("case.client", client), facts(found), phase(found),
                new DeadlinesPanel(allDeadlines.of(found)), new CaseDatesForm(cases, found, this::show),
                new InterviewPanel(interviews, found),
                new ReportPanel(reports, found, tasks.ofCase(found.getPublicId()),
                        id -> notes.names(List.of(id)).get(id), canWrite),
                advisors(found));
        content.add(new NotesPanel(notes, found.getPublicId(), canWrite),
                new TasksPanel(tasks, found.getPublicId(), cases.advisorsOf(found), user.accountId(), canWrite),
                preparationLink(found), decisionLink(found));
    }

    /** The decision, the objection and their letters have a page of their own. */
    private VerticalLayout decisionLink(SupportCase found) {
        RouterLink link = new RouterLink(getTranslation("decision.open"), DecisionView.class,
                new RouteParameters(DecisionView.ID, found.getPublicId()));
        link.setId("case-decision");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("decision.pageHeading")),
                new Paragraph(getTranslation("decision.summary")), link);
        section.setPadding(false);
        return section;
    }

    /** The preparation is a long form of its own page; the case links to it. */
    private VerticalLayout preparationLink(SupportCase found) {
        RouterLink link = new RouterLink(getTranslation("preparation.open"), PreparationView.class,
                new RouteParameters(PreparationView.ID, found.getPublicId()));
        link.setId("case-preparation");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("preparation.title")),
                new Paragraph(getTranslation("preparation.summary")), link);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout facts(SupportCase found) {
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        facts.add(labelled("case.law", new Span(getTranslation("law." + found.getLaw()))));
        facts.add(labelled("case.municipality", new Span(found.getMunicipality())));
        Paragraph request = new Paragraph(found.getRequest());
        request.setId("case-request");
        facts.add(labelled("case.request", request));
        facts.add(labelled("case.lifeDomains", new Span(found.getLifeDomains().stream()
                .map(d -> getTranslation("lifeDomain." + d)).collect(Collectors.joining(", ")))));
        if (found.isUrgent()) {
            Span urgent = new Span(getTranslation("cases.urgent"));
            urgent.getElement().getThemeList().add("badge error");
            facts.add(urgent);
        }
        return facts;
    }

    private VerticalLayout phase(SupportCase found) {
        Span current = new Span(getTranslation("phase." + found.getPhase()));
        current.setId("case-phase");
        current.getElement().getThemeList().add("badge");
        HorizontalLayout steps = new HorizontalLayout();
        steps.setWrap(true);
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE)) {
            for (CasePhase next : found.possibleNextPhases()) {
                Button step = new Button(getTranslation("case.phase.moveTo", getTranslation("phase." + next)),
                        e -> moveTo(next));
                step.setId("phase-" + next.name().toLowerCase(java.util.Locale.ROOT));
                steps.add(step);
            }
        }
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("case.phase")), current, steps);
        section.setPadding(false);
        return section;
    }

    private void moveTo(CasePhase next) {
        show(cases.moveTo(supportCase.getPublicId(), next));
        Notification.show(getTranslation("case.phase.moved", getTranslation("phase." + next)))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private VerticalLayout advisors(SupportCase found) {
        String names = cases.advisorsOf(found).stream().map(Account::getDisplayName).collect(Collectors.joining(", "));
        Span list = new Span(names.isEmpty() ? getTranslation("case.advisors.none") : names);
        list.setId("case-advisors");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("case.advisors")), list);
        section.setPadding(false);
        if (SecurityUtils.getSubject().isPermitted(Permission.CASE_ASSIGN)) {
            ComboBox<Account> advisor = new ComboBox<>(getTranslation("case.assign.advisor"));
            advisor.setId("assign-advisor");
            advisor.setItems(cases.advisors());
            advisor.setItemLabelGenerator(Account::getDisplayName);
            Button assign = new Button(getTranslation("case.assign"), e -> {
                if (advisor.getValue() != null) {
                    try {
                        cases.assign(found.getPublicId(), advisor.getValue().getId());
                    } catch (AdvisorBlocked blocked) {
                        advisor.setErrorMessage(getTranslation("intake.blocked", blocked.reasons().stream()
                                .map(r -> getTranslation("matchReason." + r)).collect(Collectors.joining(", "))));
                        advisor.setInvalid(true);
                        return;
                    }
                    Notification.show(getTranslation("case.assigned", advisor.getValue().getDisplayName()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(cases.find(found.getPublicId()).orElseThrow());
                }
            });
            assign.setId("assign");
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(advisor, assign);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        section.add(new AssignmentHistoryList(cases, found, () -> show(cases.find(found.getPublicId()).orElseThrow())));
        return section;
    }

    private HorizontalLayout labelled(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey) + ":");
        label.getStyle().set("font-weight", "600");
        HorizontalLayout row = new HorizontalLayout(label, value);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public String viewTitle() {
        return supportCase == null ? "" : getTranslation("case.title", supportCase.getReference());
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
