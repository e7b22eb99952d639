package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.documents.DocumentService;
import nl.tafelgenoot.domain.objections.CaseFile;
import nl.tafelgenoot.domain.objections.LetterDrafts;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.cases.CaseView;
import nl.tafelgenoot.ui.cases.DeadlinesPanel;
import nl.tafelgenoot.ui.documents.DocumentsPanel;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.letters.LettersPanel;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;
import org.apache.shiro.SecurityUtils;

/**
 * "Besluit en bezwaar" of one case: the municipality's decision, every date that follows from it
 * with its rule and reason, what a notice of default has brought, the objection and its route,
 * the letters to draw up and the documents kept. After every save the page is drawn again from what is stored, so a corrected
 * date moves everything after it at once. Not found for anyone who may not see the case.
 */
@Route(value = "casussen/:" + DecisionView.ID + "/besluit", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class DecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ID = "caseId";

    private final ObjectionService objections;
    private final DocumentService documents;
    private final LetterDrafts letters;
    private CaseFile file;

    @Inject
    public DecisionView(ObjectionService objections, DocumentService documents, LetterDrafts letters) {
        this.letters = letters;
        this.objections = objections;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        objections.file(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(CaseFile shown) {
        file = shown;
        removeAll();
        boolean canWrite = SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE);
        String reference = shown.supportCase().getReference();
        RouterLink back = new RouterLink(getTranslation("preparation.backToCase", reference), CaseView.class,
                new RouteParameters(CaseView.ID, shown.supportCase().getPublicId()));
        back.setId("decision-back");
        H2 title = new H2(getTranslation("decision.pageTitle", reference));
        title.setId("decision-page-title");
        add(back, title, new DeadlinesPanel(shown.allDeadlines()));
        shown.schedule().decisionPenalty().ifPresent(p ->
                add(new PenaltyPanel("decision-penalty", getTranslation("penalty.decision"), p)));
        shown.schedule().objectionPenalty().ifPresent(p ->
                add(new PenaltyPanel("objection-penalty", getTranslation("penalty.objection"), p)));
        DocumentsPanel kept = new DocumentsPanel(documents, shown.supportCase().getPublicId(), canWrite);
        add(new DecisionForm(objections, shown.supportCase(), shown.decision().orElse(null), canWrite, this::reload),
                new ObjectionPanel(objections, shown, canWrite, this::reload));
        if (canWrite) {
            add(new LettersPanel(letters, documents, shown.supportCase().getPublicId(), kept::refresh));
        }
        add(kept);
    }

    private void reload(String confirmation) {
        objections.file(file.supportCase().getPublicId()).ifPresent(this::show);
        com.vaadin.flow.component.notification.Notification.show(confirmation)
                .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String viewTitle() {
        return file == null ? "" : getTranslation("decision.pageTitle", file.supportCase().getReference());
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
