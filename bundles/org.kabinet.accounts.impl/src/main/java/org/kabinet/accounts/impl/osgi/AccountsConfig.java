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

    @AttributeDefinition(description = "The company's own city (name or id): first in every city list")
    String defaultCity() default "";
}
