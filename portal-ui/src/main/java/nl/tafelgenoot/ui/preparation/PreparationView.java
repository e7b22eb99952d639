package nl.tafelgenoot.ui.preparation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.organisations.LetterheadService;
import nl.tafelgenoot.domain.preparation.PreparationService;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.cases.CaseView;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;
import org.apache.shiro.SecurityUtils;

/**
 * The preparation of one case on a page of its own: a long form filled in with the client over a
 * week, which would bury the rest of the case page. Reached from the case; a case the person may
 * not see gives the same "not found" page as the case itself.
 */
@Route(value = "casussen/:" + PreparationView.ID + "/voorbereiding", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class PreparationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ID = "caseId";

    private final CaseService cases;
    private final PreparationService preparations;
    private final LetterheadService letterheads;
    private SupportCase supportCase;

    @Inject
    public PreparationView(CaseService cases, PreparationService preparations, LetterheadService letterheads) {
        this.letterheads = letterheads;
        this.cases = cases;
        this.preparations = preparations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        cases.find(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(SupportCase found) {
        supportCase = found;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("preparation.backToCase", found.getReference()), CaseView.class,
                new RouteParameters(CaseView.ID, found.getPublicId()));
        back.setId("preparation-back");
        add(back, new PreparationPanel(preparations, found,
                SecurityUtils.getSubject().isPermitted(Permission.CASE_WRITE), letterheads::forPrinting));
    }

    @Override
    public String viewTitle() {
        return supportCase == null ? "" : getTranslation("preparation.pageTitle", supportCase.getReference());
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
