package nl.tafelgenoot.domain.organisations;

/**
 * What an organisation's admin keeps on the settings screen: how online bookings arrive, how the
 * public booking page looks and whom it names, and how old a VOG may be; how long closed cases are kept.
 */
public record OrganisationSettings(BookingConfirmation confirmation, String brandColour, String bookingIntro,
                                   String officeAddress, String phone, int vogMaxAgeMonths, int retentionMonths) {

    /** Settings with the default retention period (24 months). */
    public OrganisationSettings(BookingConfirmation confirmation, String brandColour, String bookingIntro,
                                String officeAddress, String phone, int vogMaxAgeMonths) {
        this(confirmation, brandColour, bookingIntro, officeAddress, phone, vogMaxAgeMonths,
                nl.tafelgenoot.domain.privacy.RetentionPolicy.DEFAULT_MONTHS);
    }

    public static OrganisationSettings of(Organisation o) {
        return new OrganisationSettings(o.getBookingConfirmation(), o.getBrandColour(), o.getBookingIntro(),
                o.getOfficeAddress(), o.getPhone(), o.getVogMaxAgeMonths(), o.getRetentionMonths());
    }
}
