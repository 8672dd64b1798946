package org.kabinet.accounts.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet accounts", description = "Personal accounts and registration codes")
public @interface AccountsConfig {
    @AttributeDefinition(description = "How many days a registration code stays valid")
    int codeValidityDays() default 90;

    @AttributeDefinition(description = "At most this many SMS codes to one phone number in 24 hours (against SMS pumping)")
    int phoneCodesPerNumberPerDay() default 5;

    @AttributeDefinition(description = "At most this many SMS codes for one tenant in 24 hours, whatever the numbers")
    int phoneCodesPerTenantPerDay() default 10;

    @AttributeDefinition(description = "At most this many failed linking attempts (wrong code or number) by one tenant in an hour; "
            + "past it every attempt is refused unchecked with 429 until the hour has moved on")
    int linkFailuresPerTenantPerHour() default 10;

    @AttributeDefinition(description = "At most this many failed linking attempts from one client address in an hour, whoever is "
            + "signed in (against one machine guessing through many sign-ups); behind a reverse proxy set trustedProxy in "
            + "org.kabinet.rest.cfg, or every tenant shares the proxy's address")
    int linkFailuresPerClientPerHour() default 60;

    @AttributeDefinition(description = "The company's own city (name or id): first in every city list")
    String defaultCity() default "";
}
