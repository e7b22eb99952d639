package nl.tafelgenoot.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditService;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.privacy.ErasureRefused;
import nl.tafelgenoot.domain.privacy.PrivacyService;
import nl.tafelgenoot.domain.privacy.RetentionJob;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.i18n.Translations;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export and erasure inside the container, through {@link PrivacyService} as the client page
 * calls it: a fresh client of De Linde with data in every feature is exported by the coordinator
 * (the ZIP's PDF read back with PDFBox, its JSON parsed) and by the admin; Samen Verder's
 * coordinator and an advisor who is not on the client get "not found" for both; the erasure wants
 * the retyped name, then the client is gone and the audit trail shows the export and the erasure. The
 * nightly retention erases exactly what is past De Linde's period, in De Linde only, and logs counts.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyServiceIT extends InContainerTest {

    private static final String ADVISOR = "anna.visser@delinde.example";

    @Inject
    PrivacyService privacy;

    @Inject
    PrivacyFixture fixture;

    @Inject
    ClientService clients;

    @Inject
    AuditService audit;

    @Inject
    RetentionJob retention;

    @Inject
    TenantRunner tenants;

    private String freshClient(String given, String surname, String secret) {
        long advisor = accounts.findActiveByEmail(ADVISOR).orElseThrow().getId();
        Instant at = Instant.parse("2031-01-06T08:00:00Z").plusSeconds(60L * (Math.abs(secret.hashCode()) % 50_000));
        String publicId = as(LINDE_COORDINATOR, linde,
                () -> fixture.fullClient(given, surname, secret, advisor, at).getPublicId());
        as(LINDE_COORDINATOR, linde, () -> clients.find(publicId).orElseThrow());
        return publicId;
    }

    @Test
    void theCoordinatorsExportHoldsEveryFeatureInThePdfAndTheJson() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String surname = "Export" + tag;
        String secret = "Geheim" + tag;
        String publicId = freshClient("Zwanetta", surname, secret);

        ClientDossier dossier = as(LINDE_COORDINATOR, linde, () -> privacy.export(publicId));
        Map<String, byte[]> zip = unzip(DossierZip.write(dossier, new Translations()));
        assertTrue(zip.keySet().containsAll(List.of(DossierZip.PDF, DossierZip.JSON)), zip.keySet()::toString);
        assertTrue(zip.keySet().stream().anyMatch(name -> name.startsWith("documenten/") && name.endsWith("besluit-"
                + surname + ".pdf")), zip.keySet()::toString);

        String pdf = pdfText(zip.get(DossierZip.PDF));
        for (String expected : List.of("Alle gegevens van de cliënt", "Zwanetta " + surname, secret + "straat 17",
                "06-12398745", secret.toLowerCase() + "@example.nl", "Notitie-" + secret, "Eerdere-versie-" + secret,
                "Mantelzorger-" + secret, "Taak-" + secret, "Wens-" + secret, "Dagboek-" + secret, "Lezen " + secret,
                "Verslag-" + secret, "Traplift-" + secret, "Excuus-" + secret, "Consulent-" + secret, "Vraag-" + secret,
                "Reden-" + secret, "besluit-" + surname + ".pdf", "Netwerk", "Toestemmingen", "Dossiers", "Notities",
                "Besluiten", "Bezwaren", "Aanmeldingen", "Afspraken", "E-mails",
                "Wie heeft uw gegevens bekeken of gewijzigd", "Ineke Mulder", "Cliëntgegevens bekeken")) {
            assertTrue(pdf.contains(expected), () -> "PDF lacks " + expected + ":\n" + pdf);
        }

        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(new String(zip.get(DossierZip.JSON),
                StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        }
        assertEquals("Zwanetta " + surname, json.getJsonObject("client").getString("name"));
        JsonObject sections = json.getJsonObject("sections");
        for (String section : List.of("Client", "NetworkMember", "ClientConsent", "SupportCase", "CaseAssignment",
                "InterviewPlan", "CaseNote", "CaseNoteRevision", "CaseTask", "CasePreparation", "LifeDomainPreparation",
                "DiaryEntry", "RehearsedAnswer", "ReportCheck", "ReportDifference", "Decision", "Objection",
                "CaseDocument", "IntakeRequest", "AssignmentOffer", "Appointment", "OutboxMail", "AuditEvent")) {
            assertFalse(sections.getJsonArray(section).isEmpty(), section);
        }
        assertEquals("Notitie-" + secret + " over Zwanetta",
                sections.getJsonArray("CaseNote").getJsonObject(0).getString("text"));
        JsonArray files = json.getJsonArray("files");
        assertEquals("besluit-" + surname + ".pdf", files.getJsonObject(0).getString("fileName"));
        assertTrue(sections.getJsonArray("AuditEvent").stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("action").equals("CLIENT_EXPORTED") && e.getString("accountId").equals("Ineke Mulder")),
                sections.getJsonArray("AuditEvent")::toString);

        ClientDossier byAdmin = as(LINDE_ADMIN, linde, () -> privacy.export(publicId));
        assertEquals("Zwanetta " + surname, byAdmin.fullName());
        long exports = as(LINDE_ADMIN, linde, () -> audit.forClient(publicId).stream()
                .filter(line -> line.action() == AuditAction.CLIENT_EXPORTED).count());
        assertEquals(2, exports);
    }

    @Test
    void anotherOrganisationsCoordinatorAndAnAdvisorNotOnTheClientGetNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publicId = freshClient("Zwanetta", "Vreemd" + tag, "Vreemd" + tag);

        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> privacy.export(publicId)));
        assertThrows(NotFoundException.class,
                () -> as(SAMEN_COORDINATOR, samen, () -> privacy.erase(publicId, "Zwanetta Vreemd" + tag)));
        assertThrows(NotFoundException.class, () -> as(ADVISOR, linde, () -> privacy.export(publicId)));
        assertThrows(NotFoundException.class,
                () -> as(ADVISOR, linde, () -> privacy.erase(publicId, "Zwanetta Vreemd" + tag)));
        assertFalse(as(ADVISOR, linde, () -> privacy.mayManage()));
        assertTrue(as(LINDE_COORDINATOR, linde, () -> clients.find(publicId)).isPresent(), "still there");
    }

    @Test
    void theErasureWantsTheRetypedNameAndThenTheClientIsGone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String publicId = freshClient("Zwanetta", "Wissen" + tag, "Wissen" + tag);

        ErasureRefused wrong = assertThrows(ErasureRefused.class,
                () -> as(LINDE_COORDINATOR, linde, () -> privacy.erase(publicId, "Zwanetta")));
        assertEquals("privacy.erase.nameMismatch", wrong.key());
        assertTrue(as(LINDE_COORDINATOR, linde, () -> clients.find(publicId)).isPresent(), "nothing erased yet");

        assertNotNull(as(LINDE_COORDINATOR, linde, () -> privacy.erase(publicId, "zwanetta  wissen" + tag)));
        assertFalse(as(LINDE_COORDINATOR, linde, () -> clients.find(publicId)).isPresent());
        assertThrows(NotFoundException.class, () -> as(LINDE_COORDINATOR, linde, () -> privacy.export(publicId)));
        long erasures = as(LINDE_ADMIN, linde, () -> fixture.auditCount(publicId, AuditAction.CLIENT_ERASED));
        assertEquals(1, erasures);
        assertEquals("Cliënt verwijderd", as(LINDE_ADMIN, linde, () -> fixture.storedName(publicId)));
    }

    @Test
    void theNightlyRetentionErasesOnlyWhatIsPastTheOrganisationsPeriod() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Instant longAgo = Instant.parse("2020-01-15T10:00:00Z");
        String old = as(LINDE_COORDINATOR, linde, () -> fixture.clientWithClosedCase("Oud", "Bewaard" + tag, longAgo, false));
        String mixed = as(LINDE_COORDINATOR, linde,
                () -> fixture.clientWithClosedCase("Gemengd", "Bewaard" + tag, longAgo, true));
        String recent = as(LINDE_COORDINATOR, linde,
                () -> fixture.clientWithClosedCase("Recent", "Bewaard" + tag, Instant.now().minusSeconds(86_400), false));
        String foreign = as(SAMEN_COORDINATOR, samen,
                () -> fixture.clientWithClosedCase("Ander", "Bewaard" + tag, longAgo, false));

        RetentionJob.Result result = tenants.runAs(linde, () -> retention.eraseExpired());
        assertTrue(result.clientsErased() >= 1 && result.casesErased() >= 1, result::toString);

        assertEquals("Cliënt verwijderd", as(LINDE_ADMIN, linde, () -> fixture.storedName(old)));
        assertEquals(0, as(LINDE_ADMIN, linde, () -> fixture.noteCount(old)));
        assertEquals("Gemengd Bewaard" + tag, as(LINDE_ADMIN, linde, () -> fixture.storedName(mixed)));
        assertEquals(List.of("–", "Nieuwe hulpvraag van Bewaard" + tag),
                as(LINDE_ADMIN, linde, () -> fixture.storedRequests(mixed)));
        assertEquals("Recent Bewaard" + tag, as(LINDE_ADMIN, linde, () -> fixture.storedName(recent)));
        assertEquals(1, as(LINDE_ADMIN, linde, () -> fixture.noteCount(recent)));
        assertEquals("Ander Bewaard" + tag, as(SAMEN_COORDINATOR, samen, () -> fixture.storedName(foreign)),
                "another organisation's old case waits for its own run");
        assertEquals(1, as(SAMEN_COORDINATOR, samen, () -> fixture.noteCount(foreign)));
        assertEquals(1, as(LINDE_ADMIN, linde,
                () -> fixture.auditCount(old, AuditAction.CLIENT_ERASED_BY_RETENTION)));

        List<RetentionJob.Night> log = as(LINDE_ADMIN, linde, () -> retention.log());
        assertTrue(!log.isEmpty() && log.get(0).clientsErased() >= 1 && log.get(0).casesErased() >= 1, log::toString);
        assertThrows(RuntimeException.class, () -> as(LINDE_COORDINATOR, linde, () -> retention.log()),
                "the log is the admin's");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The PDF's text with line breaks as plain spaces (long lines wrap). */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
