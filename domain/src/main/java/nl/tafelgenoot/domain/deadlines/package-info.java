/**
 * The legal deadlines of DOMAIN.md as pure functions: the Atw calendar ({@link
 * nl.tafelgenoot.domain.deadlines.HolidayCalendar}), terms and the Algemene termijnenwet ({@link
 * nl.tafelgenoot.domain.deadlines.GeneralTermsAct}), and one class per group of rules ({@link
 * nl.tafelgenoot.domain.deadlines.WmoDeadlines}, {@link nl.tafelgenoot.domain.deadlines.YouthCareDeadlines},
 * {@link nl.tafelgenoot.domain.deadlines.ObjectionDeadlines}, {@link
 * nl.tafelgenoot.domain.deadlines.LateDecisionDeadlines}). Every date comes back as a {@link
 * nl.tafelgenoot.domain.deadlines.ComputedDate} naming its rule, articles and inputs, because the
 * portal never hides a rule.
 *
 * <p>Where the Atw applies: to every term set by law that ends on a day (W1, W5, J1, A1, A2, A5,
 * A9), and to the two weeks after a notice of default from which A7 and A8 start. Not to the
 * practice reminder W3. Where applying it is debatable (a municipal term for J1, A5 beyond twelve
 * weeks, the two weeks of A7/A8) we apply it: every such term is one the municipality must meet,
 * and a date a working day later only makes the client wait, while a date too early can make a
 * notice of default or an appeal premature. Each class says its own choices.
 *
 * <p>No user-facing text here: screens translate enum constants; article texts are law and are
 * shown as they are.
 */
package nl.tafelgenoot.domain.deadlines;
