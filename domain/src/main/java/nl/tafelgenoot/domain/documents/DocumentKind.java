package nl.tafelgenoot.domain.documents;

/** What a document kept on a case is: a letter received, or a letter the portal drew up. */
public enum DocumentKind {
    /** The municipality's decision on the application, uploaded by the advisor. */
    DECISION,
    /** The municipality's decision on the objection, uploaded by the advisor. */
    DECISION_ON_OBJECTION,
    PRO_FORMA_OBJECTION,
    OBJECTION,
    NOTICE_OF_DEFAULT;

    /** Drawn up by the portal from the case, versioned, not uploaded. */
    public boolean isGenerated() {
        return this == PRO_FORMA_OBJECTION || this == OBJECTION || this == NOTICE_OF_DEFAULT;
    }
}
