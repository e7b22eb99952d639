package nl.tafelgenoot.domain.deadlines;

/** The two ways the Algemene termijnenwet lengthens a legal term, with the article as law text. */
public enum AtwArticle {
    /** A term ending on a Saturday, Sunday, holiday or designated day ends on the next working day. */
    ARTICLE_1("Atw art. 1"),
    /** A term of three days or more is lengthened until it contains two working days. */
    ARTICLE_2("Atw art. 2");

    private final String article;

    AtwArticle(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
