package nl.tafelgenoot.ui.documents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.DocumentKind;
import nl.tafelgenoot.domain.documents.DocumentService;
import nl.tafelgenoot.domain.documents.NotAPdf;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * "Documenten": the decision letters uploaded for the case and the letters the portal drew up,
 * newest first, each to open, with version and date. An upload that seems to hold a citizen
 * service number carries a warning until it is removed, because the organisation may not keep
 * one (DOMAIN.md, privacy rules). Uploads are PDFs of at most 10 MB.
 */
public class DocumentsPanel extends VerticalLayout {

    private final DocumentService documents;
    private final String casePublicId;
    private final boolean canWrite;
    private final UnorderedList list = new UnorderedList();
    private final Div problem = new Div();

    public DocumentsPanel(DocumentService documents, String casePublicId, boolean canWrite) {
        this.documents = documents;
        this.casePublicId = casePublicId;
        this.canWrite = canWrite;
        setPadding(false);
        setId("documents-section");
        list.setId("documents");
        problem.setId("documents-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(new H3(getTranslation("documents.title")), list);
        if (canWrite) {
            add(upload());
        }
        add(problem);
        refresh();
    }

    /** Shows the documents as stored now (after a letter was drawn up, say). */
    public void refresh() {
        list.removeAll();
        List<CaseDocument> all = documents.ofCase(casePublicId);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("documents.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        for (CaseDocument document : all) {
            ListItem item = new ListItem();
            item.setId("document-" + document.getPublicId());
            String id = document.getPublicId();
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                CaseDocument stored = documents.open(id).orElseThrow();
                byte[] pdf = stored.getContent();
                return new DownloadResponse(new ByteArrayInputStream(pdf), stored.getFileName(), "application/pdf", pdf.length);
            }), getTranslation("documents.entry", getTranslation("documentKind." + document.getKind()),
                    document.getVersion(), document.getFileName(), when.format(document.getCreatedAt())));
            open.setTarget(AnchorTarget.BLANK);
            open.setId("document-open-" + document.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + "-" + document.getVersion());
            item.add(open);
            if (document.isBsnSuspected()) {
                Span warning = new Span(getTranslation("documents.bsnWarning"));
                warning.getElement().getThemeList().add("badge error primary");
                warning.addClassName("bsn-warning");
                item.add(new Span(" "), warning);
            }
            if (canWrite && !document.getKind().isGenerated()) {
                Button remove = new Button(getTranslation("documents.remove"), e -> confirmRemoval(document));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setId("document-remove-" + document.getPublicId());
                item.add(remove);
            }
            list.add(item);
        }
    }

    private VerticalLayout upload() {
        Select<DocumentKind> kind = new Select<>();
        kind.setId("document-kind");
        kind.setWidth("24em");
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.DECISION, DocumentKind.DECISION_ON_OBJECTION);
        kind.setItemLabelGenerator(k -> getTranslation("documentKind." + k));
        kind.setValue(DocumentKind.DECISION);
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            store(kind.getValue(), metadata.fileName(), bytes);
            upload.clearFileList();
        }));
        upload.setId("document-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CaseDocument.MAX_BYTES);
        upload.setDropAllowed(true);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.upload")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.drop")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(e -> problem.setText(getTranslation("documents.rejected")));
        VerticalLayout section = new VerticalLayout(new Paragraph(getTranslation("documents.upload.intro")), kind, upload);
        section.setPadding(false);
        return section;
    }

    private void store(DocumentKind kind, String fileName, byte[] bytes) {
        problem.setText("");
        try {
            CaseDocument stored = documents.upload(casePublicId, kind, fileName, bytes);
            refresh();
            if (stored.isBsnSuspected()) {
                problem.setText(getTranslation("documents.bsnFound"));
            } else {
                Notification.show(getTranslation("documents.uploaded")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (RuntimeException refusal) {
            NotAPdf notPdf = Failures.find(refusal, NotAPdf.class).orElseThrow(() -> refusal);
            problem.setText(getTranslation(notPdf.tooLarge() ? "documents.rejected" : "documents.notPdf"));
        }
    }

    private void confirmRemoval(CaseDocument document) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-remove-document");
        confirm.setHeader(getTranslation("documents.remove.header"));
        confirm.setText(getTranslation("documents.remove.question", document.getFileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("documents.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            documents.remove(document.getPublicId());
            refresh();
            problem.setText("");
        });
        confirm.open();
    }
}
