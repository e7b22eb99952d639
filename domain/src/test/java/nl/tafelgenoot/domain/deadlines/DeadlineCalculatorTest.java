package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public calculator's mapping from a rule id and one date to a computed date. Expected dates
 * are worked out by hand (the reasoning is in each row's comment), never by calling the rule classes.
 */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.withDefaultDesignatedDays());

    /*
     * rule, from, committee, extended, date, nominal date, rule constant
     * W1  Mon 2 Mar 2026 + 6 weeks = Mon 13 Apr 2026.
     * W1  Thu 2 Apr 2026 + 6 weeks = Thu 14 May 2026, Ascension Day; Fri 15 designated; weekend -> Mon 18 May.
     * W3  Fri 12 Dec 2025 + 2 weeks = Fri 26 Dec 2025, practice: not moved.
     * W5  Wed 4 Mar 2026 + 2 weeks = Wed 18 Mar 2026.
     * A1  Mon 3 Mar 2025 + 6 weeks = Mon 14 Apr 2025 (DOMAIN.md's example).
     * A1  Mon 23 Feb 2026 + 6 weeks = Mon 6 Apr 2026, Easter Monday -> Tue 7 Apr.
     * A2  A1 of Mon 3 Mar 2025 ends Mon 14 Apr; + 1 week = Mon 21 Apr 2025, Easter Monday -> Tue 22 Apr.
     * A5  Mon 14 Apr 2025 + 6 weeks = Mon 26 May 2025.
     * A5  committee: + 12 weeks = Mon 7 Jul 2025; extended: + 6 weeks = Mon 26 May + 6 weeks = Mon 7 Jul.
     * A5  both: + 12 + 6 = 18 weeks = Mon 18 Aug 2025.
     * A9  Wed 20 Nov 2024 + 6 weeks = Wed 1 Jan 2025, New Year's Day -> Thu 2 Jan 2025.
     */
    @ParameterizedTest(name = "{0} from {1} (committee {2}, extended {3}) = {4}")
    @CsvSource({
            "W1, 2026-03-02, false, false, 2026-04-13, 2026-04-13, INVESTIGATION",
            "W1, 2026-04-02, false, false, 2026-05-18, 2026-05-14, INVESTIGATION",
            "W3, 2025-12-12, false, false, 2025-12-26, 2025-12-26, INTERVIEW_REPORT",
            "W5, 2026-03-04, false, false, 2026-03-18, 2026-03-18, DECISION_ON_APPLICATION",
            "A1, 2025-03-03, false, false, 2025-04-14, 2025-04-14, OBJECTION",
            "A1, 2026-02-23, false, false, 2026-04-07, 2026-04-06, OBJECTION",
            "A2, 2025-03-03, false, false, 2025-04-22, 2025-04-21, POSTED_OBJECTION_RECEIPT",
            "A5, 2025-04-14, false, false, 2025-05-26, 2025-05-26, DECISION_ON_OBJECTION",
            "A5, 2025-04-14, true, false, 2025-07-07, 2025-07-07, DECISION_ON_OBJECTION",
            "A5, 2025-04-14, false, true, 2025-07-07, 2025-07-07, DECISION_ON_OBJECTION",
            "A5, 2025-04-14, true, true, 2025-08-18, 2025-08-18, DECISION_ON_OBJECTION",
            "A9, 2024-11-20, false, false, 2025-01-02, 2025-01-01, APPEAL"})
    void computesEachRuleFromItsOneDate(String rule, LocalDate from, boolean committee, boolean extended,
                                        LocalDate date, LocalDate nominal, DeadlineRule constant) {
        ComputedDate computed = calculator.compute(rule, from, committee, extended);
        assertThat(computed.date()).isEqualTo(date);
        assertThat(computed.nominalDate()).isEqualTo(nominal);
        assertThat(computed.rule()).isEqualTo(constant);
        assertThat(computed.ruleId()).isEqualTo(rule);
        assertThat(computed.computedFrom()).first().extracting(TriggerDate::date).isEqualTo(from);
    }

    @Test
    void theArticleComesFromTheRule() {
        assertThat(calculator.compute("A1", LocalDate.of(2025, 3, 3), false, false).articles()).isEqualTo("Awb 6:7, 6:8");
        assertThat(calculator.compute("W1", LocalDate.of(2026, 3, 2), false, false).articles()).isEqualTo("Wmo 2015 art. 2.3.2");
        assertThat(calculator.compute("W3", LocalDate.of(2026, 3, 2), false, false).articles()).isEmpty();
    }

    @Test
    void ruleIdsAreReadIgnoringCase() {
        assertThat(calculator.compute("a1", LocalDate.of(2025, 3, 3), false, false).date()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(CalculatorRule.byId(" w5 ")).contains(CalculatorRule.W5);
    }

    @Test
    void anUnknownRuleIsRefused() {
        for (String unknown : new String[] {"A7", "A99", "X1", "", "W", "OBJECTION"}) {
            assertThatThrownBy(() -> calculator.compute(unknown, LocalDate.of(2025, 3, 3), false, false))
                    .as(unknown)
                    .isInstanceOfSatisfying(DeadlineCalculator.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(DeadlineCalculator.Refused.Reason.UNKNOWN_RULE));
        }
        assertThat(CalculatorRule.byId(null)).isEmpty();
    }

    @Test
    void committeeAndExtensionAreRefusedForEveryRuleButA5() {
        for (CalculatorRule rule : CalculatorRule.values()) {
            if (rule == CalculatorRule.A5) {
                assertThat(rule.takesProcedureOptions()).isTrue();
                continue;
            }
            assertThatThrownBy(() -> calculator.compute(rule, LocalDate.of(2025, 3, 3), true, false))
                    .isInstanceOfSatisfying(DeadlineCalculator.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(DeadlineCalculator.Refused.Reason.OPTION_NOT_TAKEN));
            assertThatThrownBy(() -> calculator.compute(rule, LocalDate.of(2025, 3, 3), false, true))
                    .isInstanceOf(DeadlineCalculator.Refused.class);
        }
    }

    @Test
    void datesOutsideTheSupportedYearsAreRefusedNotGuessed() {
        assertThatThrownBy(() -> calculator.compute("A1", LocalDate.of(2013, 12, 31), false, false))
                .isInstanceOfSatisfying(DeadlineCalculator.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(DeadlineCalculator.Refused.Reason.DATE_OUT_OF_RANGE));
        assertThatThrownBy(() -> calculator.compute("A1", LocalDate.of(2101, 1, 1), false, false))
                .isInstanceOf(DeadlineCalculator.Refused.class);
        // The first and last supported days: 1 Jan 2014 (Wed) + 6 weeks = Wed 12 Feb 2014;
        // 31 Dec 2100 (Fri) + 6 weeks = Fri 11 Feb 2101.
        assertThat(calculator.compute("A1", LocalDate.of(2014, 1, 1), false, false).date()).isEqualTo(LocalDate.of(2014, 2, 12));
        assertThat(calculator.compute("A1", LocalDate.of(2100, 12, 31), false, false).date()).isEqualTo(LocalDate.of(2101, 2, 11));
    }

    @Test
    void theCalendarPassedInIsTheOneUsedSoAStoredDecreeCounts() {
        // Mon 15 Mar 2027 + 6 weeks = Mon 26 Apr 2027: by the usual pattern the designated day before
        // King's Day on Tuesday 27 April, so Wednesday 28 April; a decree without designated days for
        // 2027 leaves Monday 26 April a working day.
        assertThat(calculator.compute("A1", LocalDate.of(2027, 3, 15), false, false).date()).isEqualTo(LocalDate.of(2027, 4, 28));
        DeadlineCalculator corrected = new DeadlineCalculator(new HolidayCalendar(Map.of(Year.of(2027), Set.of())));
        assertThat(corrected.compute("A1", LocalDate.of(2027, 3, 15), false, false).date()).isEqualTo(LocalDate.of(2027, 4, 26));
    }
}
