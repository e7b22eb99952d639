package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.ui.intake.HandoverPanel;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * The coordinator's list of the organisation's advisors: status, regions, expertise, open cases
 * against the maximum, and the VOG date with a warning when it no longer counts. A click opens the
 * whole profile for editing below the list.
 */
@Route(value = "adviseurs", layout = MainLayout.class)
@RequiresPermission(Permission.CASE_ASSIGN)
public class AdvisorsView extends VerticalLayout implements HasDynamicTitle, HasViewTitle {

    private final AdvisorProfileService service;
    private final IntakeService intake;
    private final List<Municipality> municipalities;
    private final Grid<AdvisorOverview> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private List<AdvisorOverview> advisors = List.of();

    @Inject
    public AdvisorsView(AdvisorProfileService service, IntakeService intake, Municipalities municipalities) {
        this.service = service;
        this.intake = intake;
        this.municipalities = municipalities.current();
        setSizeFull();
        grid.setId("advisors");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AdvisorOverview::name).setHeader(getTranslation("advisors.column.name")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("advisorStatus." + a.profile().getStatus().name()))
                .setHeader(getTranslation("advisors.column.status")).setFlexGrow(1);
        grid.addColumn(a -> regions(a)).setHeader(getTranslation("advisors.column.regions")).setFlexGrow(3);
        grid.addColumn(a -> a.profile().getExpertise().stream().map(e -> getTranslation("expertise." + e.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("advisors.column.expertise")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("advisors.load", a.openCases(), a.profile().getMaxOpenCases()))
                .setHeader(getTranslation("advisors.column.load")).setFlexGrow(1);
        grid.addComponentColumn(this::vog).setHeader(getTranslation("advisors.column.vog")).setFlexGrow(3);
        grid.setMinHeight("16em");
        grid.asSingleSelect().addValueChangeListener(e -> open(e.getValue()));
        detail.setId("advisor-detail");
        detail.setPadding(false);
        add(new Paragraph(getTranslation("advisors.intro")), grid, detail);
        refresh();
    }

    private String regions(AdvisorOverview a) {
        String places = String.join(", ", a.profile().getMunicipalities());
        String areas = String.join(", ", a.profile().getPostcodeAreas());
        return places.isEmpty() ? areas : areas.isEmpty() ? places : places + "; " + areas;
    }

    private HorizontalLayout vog(AdvisorOverview a) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setWrap(true);
        if (a.profile().getVogDate() != null) {
            cell.add(new Span(a.profile().getVogDate().format(DatePickers.format())));
        }
        if (!a.vogValid()) {
            Span badge = new Span(getTranslation(a.profile().getVogDate() == null ? "advisors.vog.badge.missing"
                    : "advisors.vog.badge.expired"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("vog-warning");
            cell.add(badge);
        }
        return cell;
    }

    private void refresh() {
        advisors = service.advisors();
        grid.setItems(advisors);
    }

    private void open(AdvisorOverview advisor) {
        detail.removeAll();
        if (advisor != null) {
            detail.add(new AdvisorForm(service, service.profileOf(advisor.accountId()), municipalities, () -> {
                detail.removeAll();
                refresh();
            }));
            if (advisor.openCases() > 0) {
                detail.add(new HandoverPanel(intake, advisor, advisors, () -> {
                    detail.removeAll();
                    refresh();
                }));
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("advisors.title");
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
