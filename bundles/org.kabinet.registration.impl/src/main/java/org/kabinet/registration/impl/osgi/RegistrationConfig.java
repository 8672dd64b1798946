package org.kabinet.registration.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet registration", description = "Tenant sign-up and sign-in")
public @interface RegistrationConfig {
    @AttributeDefinition(description = "Version of the personal-data consent text tenants agree to; stored with each consent."
            + " A tenant whose latest consent is to another version is asked again after signing in")
    String consentVersion() default "2026-11";

    @AttributeDefinition(description = "UTF-8 text file with the consent text of consentVersion ({company} and {address}"
            + " are filled in); empty: the text the bundle ships for that version (2026-11)")
    String consentTextFile() default "";

    @AttributeDefinition(description = "A session ends after this many idle minutes")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "A session ends after this many hours in any case")
    int sessionMaxHours() default 12;

    @AttributeDefinition(description = "Sign-ups never confirmed are deleted after this many days; 0 keeps them")
    int unconfirmedDays() default 30;

    @AttributeDefinition(description = "Confirmation and reset links are deleted this many days after they expired or were used; 0 keeps them")
    int usedLinksDays() default 7;

    @AttributeDefinition(description = "Ended sessions are kept this many days (the tenant's sign-in history in the export), then deleted; 0 keeps them")
    int endedSessionsDays() default 30;
}
