package org.kabinet.meters.impl.reminders;

/**
 * What the reminders need of a personal account: its number for the texts, its city and address for
 * the window rule and the letter.
 *
 * @param cityId   null when the account has no city
 * @param cityName empty when the account has no city
 */
public record ReminderAccount(String id, String number, String cityId, String cityName, String address) {
    public ReminderAccount {
        cityName = cityName == null ? "" : cityName;
        address = address == null ? "" : address;
    }

    /** «Сургут, ул. Мира, д. 5, кв. 1». */
    public String place() {
        return cityName.isBlank() ? address : address.isBlank() ? cityName : cityName + ", " + address;
    }
}
