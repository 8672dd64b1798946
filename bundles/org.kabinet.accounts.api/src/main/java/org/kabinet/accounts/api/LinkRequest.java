package org.kabinet.accounts.api;

/**
 * A tenant's request to link an account.
 *
 * @param city  a {@link City#id()} or the city's name
 * @param code  the registration code from the building manager; dashes and spaces are ignored
 * @param phone optional mobile phone; accepted as 9123456789, +7 912 345-67-89 or 8 (912) 345 67 89
 */
public record LinkRequest(String number, String city, String code, String phone) {
    @Override
    public String toString() {
        return "LinkRequest[" + number + ", " + city + "]";
    }
}
