package nl.tafelgenoot.domain.deadlines;

/**
 * The public holidays of the Algemene termijnenwet (Atw) art. 3. Only these days, and the
 * designated days of lid 3, stop a legal term; other days people have off (Easter Sunday and
 * Whit Sunday are Sundays anyway, Veterans' Day is no holiday) do not. Screens translate the
 * constant; the article is law text and stays as it is.
 */
public enum Holiday {
    NEW_YEARS_DAY("Atw art. 3 lid 1"),
    GOOD_FRIDAY("Atw art. 3 lid 2"),
    EASTER_MONDAY("Atw art. 3 lid 1"),
    KINGS_DAY("Atw art. 3 lid 1"),
    LIBERATION_DAY("Atw art. 3 lid 1"),
    ASCENSION_DAY("Atw art. 3 lid 1"),
    WHIT_MONDAY("Atw art. 3 lid 1"),
    CHRISTMAS_DAY("Atw art. 3 lid 1"),
    BOXING_DAY("Atw art. 3 lid 1");

    private final String article;

    Holiday(String article) {
        this.article = article;
    }

    /** The article that makes this day a holiday for legal terms. */
    public String article() {
        return article;
    }
}
