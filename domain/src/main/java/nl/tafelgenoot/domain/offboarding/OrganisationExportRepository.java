package nl.tafelgenoot.domain.offboarding;

import java.util.List;
import nl.tafelgenoot.domain.privacy.ClientDossier;

/**
 * Everything the organisation bound now has stored, as text, for the export on leaving: every kind
 * of row (each tenant-owned entity), page by page, so a large organisation does not have to fit in
 * memory; and the organisation's own global rows (its settings, letterhead, people and their roles).
 */
public interface OrganisationExportRepository {

    /** The names of the kinds of rows the organisation can have (entity names), sorted. */
    List<String> kinds();

    /** One page of the kind's rows, oldest first. */
    List<ClientDossier.Item> rows(String kind, int first, int max);

    /** The organisation's own row and its letterhead, its people with their roles. */
    List<ClientDossier.Section> organisation();

    /** The organisation's clients not erased, by number. */
    List<String> clientPublicIds();
}
