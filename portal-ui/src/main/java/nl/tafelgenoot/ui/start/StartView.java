package nl.tafelgenoot.ui.start;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.start.StartPage.DeadlineItem;
import nl.tafelgenoot.domain.start.StartPage.InterviewItem;
import nl.tafelgenoot.domain.start.StartPage.QuietItem;
import nl.tafelgenoot.domain.start.StartPage.TaskItem;
import nl.tafelgenoot.domain.start.StartPage;
import nl.tafelgenoot.domain.start.StartPageService;
import nl.tafelgenoot.ui.clients.ClientsView;
import nl.tafelgenoot.ui.intake.IntakeView;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.notes.TaskTexts;

/**
 * The start page ("Mijn werk") where everyone who works on cases lands after logging in: their
 * open tasks (overdue first), their cases with the next deadline of each, the interviews of the
 * coming two weeks and the cases that have gone quiet. An advisor sees their own cases, a
 * coordinator the whole organisation's. Someone who does not work on cases (no {@code case:write},
 * such as an admin, who may read cases but not change them) goes on to the client list as before. Large text and plain links, so it reads well and works with a keyboard alone.
 */
@Route(value = "", layout = MainLayout.class)
public class StartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StartPageService service;
    private final IntakeService intake;
    private final CurrentUser user;
    private String title = "";

    @Inject
    public StartView(StartPageService service, IntakeService intake, CurrentUser user) {
        this.service = service;
        this.intake = intake;
        this.user = user;
        setId("start-page");
        getStyle().set("font-size", "var(--lumo-font-size-l)").set("max-width", "60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!user.isPermitted(Permission.CASE_WRITE)) {
            event.forwardTo(ClientsView.class);
            return;
        }
        show(service.startPage());
    }

    private void show(StartPage page) {
        removeAll();
        title = getTranslation(page.wholeOrganisation() ? "start.title.organisation" : "start.title");
        H2 heading = new H2(title);
        heading.setId("start-title");
        add(heading, new Paragraph(getTranslation(page.wholeOrganisation() ? "start.intro.organisation" : "start.intro")));
        DateTimeFormatter dates = DatePickers.format();
        if (!page.wholeOrganisation()) {
            add(offers());
        }
        add(tasks(page, dates), deadlines(page, dates), interviews(page, dates), quiet(page, dates));
    }

    /** The requests the coordinator offered to this advisor and that wait for their answer. */
    private StartSection offers() {
        StartSection section = new StartSection("start-offers", getTranslation("start.offers.title"));
        List<IntakeRequest> offered = intake.offeredToMe();
        if (!offered.isEmpty()) {
            section.explain(getTranslation("start.offers.intro"));
        }
        LocalDate today = LocalDate.now(Clocks.AMSTERDAM);
        for (IntakeRequest r : offered) {
            RouterLink link = new RouterLink(getTranslation("start.offers.item", getTranslation("intake.topic." + r.getTopic()),
                    r.getMunicipality(), getTranslation("intake.age", r.ageInDays(today))), IntakeView.class,
                    new RouteParameters(IntakeView.ID, r.getPublicId()));
            link.getStyle().set("font-weight", "600");
            var item = section.item("start-offer-" + r.getPublicId(), link);
            if (r.isUrgent()) {
                Span urgent = new Span(getTranslation("intake.urgent"));
                urgent.getElement().getThemeList().add("badge error");
                item.add(StartSection.text(""), urgent);
            }
        }
        section.finish(getTranslation("start.offers.empty"), offered.size(), offered.size());
        return section;
    }

    private StartSection tasks(StartPage page, DateTimeFormatter dates) {
        StartSection section = new StartSection("start-tasks", getTranslation("start.tasks.title"));
        for (TaskItem task : page.tasks()) {
            String id = "start-task-" + task.taskId();
            var item = section.item(id, StartSection.text(TaskTexts.what(task.source(), task.what(), this::getTranslation)),
                    section.caseLink(task.caseRef()),
                    StartSection.text(getTranslation("start.tasks.due", dates.format(task.dueOn()))));
            if (task.overdue()) {
                item.add(section.overdue(id + "-overdue"));
            }
        }
        section.finish(getTranslation("start.tasks.empty"), page.tasks().size(), page.openTaskCount());
        return section;
    }

    private StartSection deadlines(StartPage page, DateTimeFormatter dates) {
        StartSection section = new StartSection("start-deadlines", getTranslation("start.deadlines.title"));
        for (DeadlineItem d : page.deadlines()) {
            String id = "start-deadline-" + d.caseRef().publicId();
            var item = section.item(id, section.caseLink(d.caseRef()));
            CaseDeadline next = d.next();
            if (next == null) {
                item.add(StartSection.text(getTranslation("start.deadlines.none")));
                continue;
            }
            item.add(StartSection.text(next.computed().ruleId() + " · " + getTranslation("deadlineRule." + next.computed().rule())
                    + " " + dates.format(next.computed().date()) + " · " + getTranslation("deadlineStatus." + next.status())));
            if (d.overdue()) {
                item.add(section.overdue(id + "-overdue"));
            }
        }
        section.finish(getTranslation("start.deadlines.empty"), page.deadlines().size(), page.activeCaseCount());
        return section;
    }

    private StartSection interviews(StartPage page, DateTimeFormatter dates) {
        StartSection section = new StartSection("start-interviews", getTranslation("start.interviews.title"));
        for (InterviewItem i : page.interviews()) {
            String when = i.at() == null ? dates.format(i.on())
                    : getTranslation("start.interviews.at", dates.format(i.on()), TIME.format(i.at()));
            StringBuilder where = new StringBuilder();
            if (i.place() != null) {
                where.append(getTranslation("interviewPlace." + i.place()));
                if (i.location() != null) {
                    where.append(", ").append(i.location());
                }
            } else {
                where.append(getTranslation("start.interviews.unplanned"));
            }
            section.item("start-interview-" + i.caseRef().publicId(), StartSection.text(when + " –"),
                    section.caseLink(i.caseRef()), StartSection.text("· " + where));
        }
        section.finish(getTranslation("start.interviews.empty"), page.interviews().size(), page.interviews().size());
        return section;
    }

    private StartSection quiet(StartPage page, DateTimeFormatter dates) {
        StartSection section = new StartSection("start-quiet", getTranslation("start.quiet.title"))
                .explain(getTranslation("start.quiet.explain"));
        for (QuietItem q : page.quietCases()) {
            section.item("start-quiet-" + q.caseRef().publicId(), section.caseLink(q.caseRef()),
                    StartSection.text(getTranslation("start.quiet.last", dates.format(q.lastContact()), q.daysSince())));
        }
        section.finish(getTranslation("start.quiet.empty"), page.quietCases().size(), page.quietCaseCount());
        return section;
    }

    @Override
    public String viewTitle() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
