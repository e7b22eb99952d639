/**
 * Online booking of an advisor by a member, as pure functions: {@link
 * nl.tafelgenoot.domain.booking.SlotSearch} turns the advisors' weekly availability, absences and
 * existing appointments into the times a member can book, under the organisation's {@link
 * nl.tafelgenoot.domain.booking.BookingRules}. No persistence here, so the same search answers the
 * booking page and the check repeated under a lock when a member confirms.
 *
 * <p>All times are Europe/Amsterdam local time: an advisor who is available "Tuesday 09:00" is
 * available at 09:00 on both sides of a daylight-saving change.
 */
package nl.tafelgenoot.domain.booking;
