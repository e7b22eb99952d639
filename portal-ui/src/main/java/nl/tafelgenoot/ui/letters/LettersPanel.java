package nl.tafelgenoot.ui.letters;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.documents.DocumentKind;
import nl.tafelgenoot.domain.documents.DocumentService;
import nl.tafelgenoot.domain.letters.LetterCheck;
import nl.tafelgenoot.domain.letters.LetterContent;
import nl.tafelgenoot.domain.letters.LetterKind;
import nl.tafelgenoot.domain.letters.MissingItem;
import nl.tafelgenoot.domain.objections.LetterDrafts;

/**
 * "Brieven": draws up a pro-forma objection, a full objection with grounds chosen from what the
 * case holds (and the advisor's own), or a notice of default, as a PDF ready to sign. Before
 * anything is printed the portal lists what is missing (an address, the decision's reference…)
 * instead of printing placeholders. Each letter is kept on the case as the next version of its
 * kind, in the documents list below.
 */
public class LettersPanel extends VerticalLayout {

    private final LetterDrafts drafts;
    private final DocumentService documents;
    private final String casePublicId;
    private final Runnable created;
    private final Select<LetterKind> kind = new Select<>();
    private final CheckboxGroup<String> grounds = new CheckboxGroup<>();
    private final TextArea ownGround = new TextArea(getTranslation("letters.ownGround"));
    private final Div missing = new Div();

    /** @param created called after a letter was kept, to show it in the documents list */
    public LettersPanel(LetterDrafts drafts, DocumentService documents, String casePublicId, Runnable created) {
        this.drafts = drafts;
        this.documents = documents;
        this.casePublicId = casePublicId;
        this.created = created;
        setPadding(false);
        setId("letters-section");
        kind.setId("letter-kind");
        kind.setWidth("24em");
        kind.setLabel(getTranslation("letters.choose"));
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("letters.kind." + k));
        kind.setValue(LetterKind.PRO_FORMA_OBJECTION);
        grounds.setId("letter-grounds");
        grounds.setLabel(getTranslation("letters.grounds"));
        grounds.setHelperText(getTranslation("letters.grounds.hint"));
        grounds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        grounds.setItems(drafts.groundsToChooseFrom(casePublicId));
        ownGround.setId("letter-own-ground");
        ownGround.setWidthFull();
        ownGround.setMaxLength(4000);
        missing.setId("letter-missing");
        missing.getElement().setAttribute("role", "alert");
        missing.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        kind.addValueChangeListener(e -> showGrounds());
        Button create = new Button(getTranslation("letters.create"), e -> create());
        create.setId("letter-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("letters.title")), new Paragraph(getTranslation("letters.intro")), kind, grounds,
                ownGround, missing, create);
        showGrounds();
    }

    private void showGrounds() {
        boolean full = kind.getValue() == LetterKind.OBJECTION;
        grounds.setVisible(full);
        ownGround.setVisible(full);
    }

    private void create() {
        missing.setText("");
        LetterKind chosen = kind.getValue();
        List<String> chosenGrounds = new ArrayList<>(grounds.getSelectedItems());
        if (!ownGround.getValue().isBlank()) {
            chosenGrounds.add(ownGround.getValue());
        }
        LetterContent letter = drafts.draft(casePublicId, chosen, chosenGrounds);
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<MissingItem> lacking = LetterCheck.missing(letter);
        if (!lacking.isEmpty()) {
            missing.setText(LetterPdf.describeMissing(texts, getLocale(), lacking));
            return;
        }
        LetterPdf pdf = new LetterPdf(texts);
        documents.keepLetter(casePublicId, DocumentKind.valueOf(chosen.name()), pdf.fileName(letter), pdf.write(letter));
        Notification.show(getTranslation("letters.created", getTranslation("letters.kind." + chosen)))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        created.run();
    }
}
