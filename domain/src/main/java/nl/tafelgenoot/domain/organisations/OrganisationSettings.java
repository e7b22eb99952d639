package nl.tafelgenoot.domain.organisations;

/**
 * What an organisation's admin keeps on the settings screen: how online bookings arrive, how the
 * public booking page looks and whom it names, and how old a VOG may be.
 */
public record OrganisationSettings(BookingConfirmation confirmation, String brandColour, String bookingIntro,
                                   String officeAddress, String phone, int vogMaxAgeMonths) {

    public static OrganisationSettings of(Organisation o) {
        return new OrganisationSettings(o.getBookingConfirmation(), o.getBrandColour(), o.getBookingIntro(),
                o.getOfficeAddress(), o.getPhone(), o.getVogMaxAgeMonths());
    }
}
