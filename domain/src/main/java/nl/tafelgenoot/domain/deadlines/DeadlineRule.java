package nl.tafelgenoot.domain.deadlines;

/**
 * The deadline rules of DOMAIN.md, one constant per date the portal computes. The rule id (W1, A1,
 * …) and the article text are data shown next to every date, because the portal never hides a
 * rule; screens translate the constant's name, never the article. W1 and A7 yield two dates each,
 * hence two constants with the same id. A3, A10 and W4 compute no date and are absent; A4 and A6 show a date set by the municipality's letter.
 */
public enum DeadlineRule {
    PERSONAL_PLAN("W1", "Wmo 2015 art. 2.3.2", DeadlineKind.LEGAL_DEADLINE),
    INVESTIGATION("W1", "Wmo 2015 art. 2.3.2", DeadlineKind.LEGAL_DEADLINE),
    APPLICATION_WITHOUT_INVESTIGATION("W2", "Wmo 2015 art. 2.3.2 lid 9", DeadlineKind.STARTS_ON),
    /** Practice only: the law sets no term for the report, so there is no article. */
    INTERVIEW_REPORT("W3", "", DeadlineKind.PRACTICE_REMINDER),
    DECISION_ON_APPLICATION("W5", "Wmo 2015 art. 2.3.5; Awb 4:14", DeadlineKind.LEGAL_DEADLINE),
    YOUTH_CARE_DECISION("J1", "Jeugdwet 2.9; Awb 4:13", DeadlineKind.LEGAL_DEADLINE),
    OBJECTION("A1", "Awb 6:7, 6:8", DeadlineKind.LEGAL_DEADLINE),
    /** The last day a posted objection may arrive and still be on time. */
    POSTED_OBJECTION_RECEIPT("A2", "Awb 6:9", DeadlineKind.LEGAL_DEADLINE),
    /** The last day to repair a pro-forma objection, as the municipality set it (not computed by law). */
    GROUNDS_REPAIR("A4", "Awb 6:5, 6:6", DeadlineKind.LEGAL_DEADLINE),
    DECISION_ON_OBJECTION("A5", "Awb 7:10, 7:13", DeadlineKind.LEGAL_DEADLINE),
    /** The last day to hand in further documents before the hearing: ten days before it. */
    HEARING_DOCUMENTS("A6", "Awb 7:4", DeadlineKind.LEGAL_DEADLINE),
    PENALTY_FIRST_DAY("A7", "Awb 4:17–4:18", DeadlineKind.STARTS_ON),
    PENALTY_MAXIMUM_REACHED("A7", "Awb 4:17–4:18", DeadlineKind.STARTS_ON),
    APPEAL_AGAINST_NOT_DECIDING("A8", "Awb 6:12", DeadlineKind.STARTS_ON),
    APPEAL("A9", "Awb 6:7", DeadlineKind.LEGAL_DEADLINE);

    private final String ruleId;
    private final String articles;
    private final DeadlineKind kind;

    DeadlineRule(String ruleId, String articles, DeadlineKind kind) {
        this.ruleId = ruleId;
        this.articles = articles;
        this.kind = kind;
    }

    public String ruleId() {
        return ruleId;
    }

    /** The law articles as written in DOMAIN.md; empty for a practice rule. */
    public String articles() {
        return articles;
    }

    public DeadlineKind kind() {
        return kind;
    }
}
