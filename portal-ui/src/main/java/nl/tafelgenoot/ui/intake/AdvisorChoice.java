package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.MatchFactor;
import nl.tafelgenoot.domain.advisors.MatchingScore;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeStatus;

/**
 * Step 2 of a request: the advisors ranked by the matching score, every factor with its points
 * and what blocks an advisor, never a bare number; the coordinator ticks one or two by name and
 * offers the request to them.
 */
class AdvisorChoice extends VerticalLayout {

    AdvisorChoice(IntakeRequest request, IntakeService intake, Runnable changed) {
        setPadding(false);
        setId("intake-advisors");
        add(new H3(getTranslation("intake.proposals.title")));
        if (request.getClient() == null) {
            add(new Paragraph(getTranslation("intake.proposals.needClient")));
            return;
        }
        if (request.getStatus() == IntakeStatus.ASSIGNED) {
            return;
        }
        add(new Paragraph(getTranslation("intake.proposals.intro")));
        List<MatchingScore> proposals = intake.proposals(request.getPublicId());
        add(scores(proposals));
        CheckboxGroup<MatchingScore> chosen = new CheckboxGroup<>(getTranslation("intake.column.advisor"));
        chosen.setId("intake-choose");
        chosen.setItems(proposals);
        chosen.setItemLabelGenerator(MatchingScore::name);
        chosen.setItemEnabledProvider(s -> !s.isBlocked());
        Button offer = new Button(getTranslation("intake.offer"), e -> Refusals.at(null, this, () -> {
            List<Long> ids = chosen.getValue().stream().map(MatchingScore::accountId).toList();
            intake.offer(request.getPublicId(), ids);
            Notification.show(getTranslation("intake.offered", chosen.getValue().stream().map(MatchingScore::name)
                    .collect(Collectors.joining(", ")))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        }));
        offer.setId("intake-offer");
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(chosen, offer);
    }

    private Grid<MatchingScore> scores(List<MatchingScore> proposals) {
        Grid<MatchingScore> grid = new Grid<>(MatchingScore.class, false);
        grid.setId("intake-proposals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MatchingScore::name).setHeader(getTranslation("intake.column.advisor")).setAutoWidth(true);
        grid.addColumn(MatchingScore::points).setHeader(getTranslation("intake.column.points")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::reasons).setHeader(getTranslation("intake.column.reasons")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation("intake.load", s.openCases(), s.maxOpenCases()))
                .setHeader(getTranslation("intake.column.load")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(proposals);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String reasons(MatchingScore score) {
        String factors = score.factors().stream().map(this::factor).collect(Collectors.joining("; "));
        if (!score.isBlocked()) {
            return factors;
        }
        return getTranslation("intake.blockedBy", score.blocks().stream()
                .map(r -> getTranslation("matchReason." + r)).collect(Collectors.joining(", "))) + ". " + factors;
    }

    private String factor(MatchFactor f) {
        String reason = getTranslation("matchReason." + f.reason())
                + (f.expertise() == null ? "" : " " + getTranslation("expertise." + f.expertise()).toLowerCase());
        return f.points() == 0 ? reason : getTranslation("intake.reason.points", reason, f.points());
    }
}
