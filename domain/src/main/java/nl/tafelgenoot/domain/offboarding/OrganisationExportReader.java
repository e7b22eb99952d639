package nl.tafelgenoot.domain.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.privacy.PrivacyRepository;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Reads the export of the organisation bound now, one short transaction per piece. Asks for no
 * permission itself: it is reached only through {@link OffboardingService#export}, after the
 * export link was checked and its organisation bound (an architecture test keeps it that way).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OrganisationExportReader {

    @Inject
    OrganisationExportRepository export;

    @Inject
    PrivacyRepository privacy;

    @Inject
    ClientRepository clients;

    public List<String> kinds() {
        return export.kinds();
    }

    public List<ClientDossier.Item> rows(String kind, int first, int max) {
        return export.rows(kind, first, max);
    }

    public List<ClientDossier.Section> organisation() {
        return export.organisation();
    }

    public List<String> clientPublicIds() {
        return export.clientPublicIds();
    }

    public ClientDossier dossier(String publicId, Instant now) {
        return privacy.dossier(clients.findByPublicId(publicId).orElseThrow(), now);
    }
}
