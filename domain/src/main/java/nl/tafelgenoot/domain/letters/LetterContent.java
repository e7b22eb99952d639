package nl.tafelgenoot.domain.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one letter says, independent of entities. Only the kind is required here; whatever
 * else is missing is for {@link LetterCheck} to list, so a screen can show it all at once instead
 * of failing on the first gap. Parts a kind does not use are ignored (the decision in a notice of
 * default, the late decision in an objection).
 *
 * @param letterDate  the date the letter is dated (dagtekening, Awb 6:5 lid 1 sub b)
 * @param letterPlace where it is written ("Zeist, 3 maart 2026"); optional
 * @param decision    the decision objected to (PRO_FORMA_OBJECTION, OBJECTION)
 * @param grounds     why the objector disagrees, one text per ground; required for OBJECTION; a
 *                    pro-forma objection may already give some and still announce the rest
 * @param lateDecision what was not decided in time (NOTICE_OF_DEFAULT)
 */
public record LetterContent(LetterKind kind, Letterhead letterhead, Objector objector, Municipality municipality,
                            LocalDate letterDate, String letterPlace, DecisionReference decision, List<String> grounds,
                            LateDecision lateDecision) {

    public LetterContent {
        Objects.requireNonNull(kind, "kind");
        grounds = grounds == null ? List.of() : grounds.stream().filter(Objects::nonNull).toList();
    }

    public static LetterContent proFormaObjection(Letterhead letterhead, Objector objector, Municipality municipality,
                                                  LocalDate letterDate, String letterPlace, DecisionReference decision) {
        return new LetterContent(LetterKind.PRO_FORMA_OBJECTION, letterhead, objector, municipality, letterDate,
                letterPlace, decision, List.of(), null);
    }

    public static LetterContent objection(Letterhead letterhead, Objector objector, Municipality municipality,
                                          LocalDate letterDate, String letterPlace, DecisionReference decision,
                                          List<String> grounds) {
        return new LetterContent(LetterKind.OBJECTION, letterhead, objector, municipality, letterDate, letterPlace,
                decision, grounds, null);
    }

    public static LetterContent noticeOfDefault(Letterhead letterhead, Objector objector, Municipality municipality,
                                                LocalDate letterDate, String letterPlace, LateDecision lateDecision) {
        return new LetterContent(LetterKind.NOTICE_OF_DEFAULT, letterhead, objector, municipality, letterDate,
                letterPlace, null, List.of(), lateDecision);
    }

    /** The grounds with text, blank ones left out. */
    public List<String> filledGrounds() {
        return grounds.stream().filter(g -> !g.isBlank()).map(String::strip).toList();
    }
}
