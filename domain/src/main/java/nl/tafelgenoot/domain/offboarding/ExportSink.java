package nl.tafelgenoot.domain.offboarding;

import nl.tafelgenoot.domain.privacy.ClientDossier;

/**
 * Where the organisation's export goes, piece by piece as it is read (the web tier writes a ZIP):
 * first the organisation itself, then every client's dossier (the same as a client's own export),
 * then every stored row, kind by kind.
 */
public interface ExportSink {

    void organisation(String name, String slug, java.time.Instant madeAt, java.util.List<ClientDossier.Section> sections);

    void dossier(ClientDossier dossier);

    /** A new kind of rows begins; its rows follow. */
    void kind(String kind);

    void row(ClientDossier.Item row);
}
