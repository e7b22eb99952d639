package nl.tafelgenoot.ui.preparation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.ChecklistItem;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.organisations.LetterheadSettings;
import nl.tafelgenoot.domain.preparation.PreparationService;
import nl.tafelgenoot.domain.preparation.RehearsedAnswer;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * The preparation kit on the case page, filled in with the client: a section per life domain of
 * the case (more can be added), wishes, private means, general provisions, the week diary, the
 * checklist of what to bring and the rehearsed answers; one Save for all of it, and the personal
 * plan as a PDF download. Without the client's consent for care needs every field is locked, with
 * the reason on screen. A refusal of the server (validation, consent, someone else's save) is
 * explained above the form and keeps everything typed.
 */
public class PreparationPanel extends VerticalLayout {

    private final PreparationService preparations;
    private final java.util.function.Supplier<LetterheadSettings> letterhead;
    private final String caseId;
    private final boolean editable;
    private final Div problem = new Div();
    private final VerticalLayout domainList = new VerticalLayout();
    private final List<LifeDomainSection> sections = new ArrayList<>();
    private final Select<LifeDomain> addDomain = new Select<>();
    private final TextArea wishes = FieldChecks.area("prep-wishes", getTranslation("preparation.wishes"), CasePreparation.MAX_LENGTH);
    private final TextArea privateMeans = FieldChecks.area("prep-private-means", getTranslation("preparation.privateMeans"),
            CasePreparation.MAX_LENGTH);
    private final TextArea generalProvisions = FieldChecks.area("prep-general-provisions",
            getTranslation("preparation.generalProvisions"), CasePreparation.MAX_LENGTH);
    private final CheckboxGroup<ChecklistItem> checklist = new CheckboxGroup<>(getTranslation("preparation.checklist"));
    private final Map<InterviewQuestion, TextArea> answers = new EnumMap<>(InterviewQuestion.class);
    private final DiaryWeek diary;
    private CasePreparation draft;

    public PreparationPanel(PreparationService preparations, SupportCase supportCase, boolean mayWrite) {
        this(preparations, supportCase, mayWrite, LetterheadSettings::empty);
    }

    /** With the organisation's letterhead on the personal plan PDF. */
    public PreparationPanel(PreparationService preparations, SupportCase supportCase, boolean mayWrite,
                            java.util.function.Supplier<LetterheadSettings> letterhead) {
        this.preparations = preparations;
        this.letterhead = letterhead;
        this.caseId = supportCase.getPublicId();
        setPadding(false);
        setId("preparation-section");
        this.draft = preparations.preparationOf(caseId).orElseGet(() -> new CasePreparation(supportCase));
        boolean consented = preparations.mayRecord(caseId);
        this.editable = mayWrite && consented;
        this.diary = new DiaryWeek(draft);

        add(new H3(getTranslation("preparation.title")), new Paragraph(getTranslation("preparation.intro")));
        if (!consented) {
            Span locked = new Span(getTranslation("preparation.locked"));
            locked.setId("prep-locked");
            locked.getStyle().set("font-weight", "600");
            add(locked);
        }
        problem.setId("prep-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(problem, new H4(getTranslation("preparation.domains")), domainList);
        domainList.setPadding(false);
        Set<LifeDomain> shown = EnumSet.noneOf(LifeDomain.class);
        shown.addAll(supportCase.getLifeDomains());
        draft.getDomains().forEach(d -> shown.add(d.getLifeDomain()));
        shown.forEach(this::showDomain);
        if (editable) {
            add(addDomainRow());
        }
        wishes.setHelperText(getTranslation("preparation.wishes.helper"));
        generalProvisions.setHelperText(getTranslation("preparation.generalProvisions.helper"));
        checklist.setId("prep-checklist");
        checklist.setItems(ChecklistItem.values());
        checklist.setItemLabelGenerator(i -> getTranslation("checklistItem." + i));
        checklist.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        add(wishes, privateMeans, generalProvisions, diary, checklist, answersPart(),
                buttons(mayWrite, getTranslation("preparation.fileName", supportCase.getReference())));
        read(draft);
        lock(!editable);
    }

    private void showDomain(LifeDomain domain) {
        LifeDomainSection section = new LifeDomainSection(domain, draft.findDomain(domain).orElse(null));
        sections.add(section);
        domainList.add(section);
    }

    private HorizontalLayout addDomainRow() {
        addDomain.setId("prep-add-domain");
        addDomain.setLabel(getTranslation("preparation.addDomain"));
        addDomain.setItemLabelGenerator(d -> getTranslation("lifeDomain." + d));
        refreshDomainChoice();
        Button add = new Button(getTranslation("preparation.addDomain.button"), e -> {
            if (addDomain.getValue() != null) {
                showDomain(addDomain.getValue());
                refreshDomainChoice();
            }
        });
        add.setId("prep-add-domain-button");
        HorizontalLayout row = new HorizontalLayout(addDomain, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refreshDomainChoice() {
        EnumSet<LifeDomain> remaining = EnumSet.allOf(LifeDomain.class);
        sections.forEach(s -> remaining.remove(s.domain));
        addDomain.setItems(remaining);
    }

    private VerticalLayout answersPart() {
        VerticalLayout part = new VerticalLayout(new H4(getTranslation("preparation.answers")),
                new Paragraph(getTranslation("preparation.answers.help")));
        part.setPadding(false);
        for (InterviewQuestion question : InterviewQuestion.values()) {
            TextArea answer = FieldChecks.area("prep-answer-" + question, getTranslation("interviewQuestion." + question),
                    RehearsedAnswer.MAX_LENGTH);
            answers.put(question, answer);
            part.add(answer);
        }
        return part;
    }

    private HorizontalLayout buttons(boolean mayWrite, String fileName) {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (mayWrite) {
            Button save = new Button(getTranslation("preparation.save"), e -> save());
            save.setId("prep-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setEnabled(editable);
            row.add(save);
        }
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = new PersonalPlanPdf(texts).write(preparations.personalPlan(caseId), letterhead.get());
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("preparation.download"));
        download.setId("personal-plan-download");
        row.add(download);
        return row;
    }

    private void read(CasePreparation preparation) {
        wishes.setValue(text(preparation.getWishes()));
        privateMeans.setValue(text(preparation.getPrivateMeans()));
        generalProvisions.setValue(text(preparation.getGeneralProvisions()));
        checklist.setValue(preparation.getChecklist());
        answers.forEach((question, area) -> area.setValue(preparation.answerTo(question).orElse("")));
    }

    private void lock(boolean locked) {
        sections.forEach(s -> s.lock(locked));
        List.of(wishes, privateMeans, generalProvisions).forEach(a -> a.setReadOnly(locked));
        answers.values().forEach(a -> a.setReadOnly(locked));
        checklist.setReadOnly(locked);
        diary.lock(locked);
    }

    private boolean validate() {
        List<Boolean> checks = new ArrayList<>();
        sections.forEach(s -> checks.add(s.validate()));
        checks.add(FieldChecks.valid(wishes, CasePreparation.class, "wishes"));
        checks.add(FieldChecks.valid(privateMeans, CasePreparation.class, "privateMeans"));
        checks.add(FieldChecks.valid(generalProvisions, CasePreparation.class, "generalProvisions"));
        checks.add(diary.validate());
        answers.values().forEach(a -> checks.add(FieldChecks.valid(a, RehearsedAnswer.class, "answer")));
        return !checks.contains(false);
    }

    private void save() {
        problem.setText("");
        if (!validate()) {
            problem.setText(getTranslation("form.invalid"));
            return;
        }
        sections.forEach(s -> s.writeTo(draft));
        draft.setWishes(wishes.getValue());
        draft.setPrivateMeans(privateMeans.getValue());
        draft.setGeneralProvisions(generalProvisions.getValue());
        draft.setChecklist(checklist.getValue());
        answers.forEach((question, area) -> draft.answer(question, area.getValue()));
        diary.writeTo(draft);
        try {
            draft = preparations.save(caseId, draft);
            Notification.show(getTranslation("preparation.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, ConsentRequired.class)) {
                problem.setText(getTranslation("preparation.locked"));
            } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                problem.setText(getTranslation("preparation.conflict"));
            } else if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                validate();
                problem.setText(getTranslation("form.invalid"));
            } else {
                throw refusal;
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
