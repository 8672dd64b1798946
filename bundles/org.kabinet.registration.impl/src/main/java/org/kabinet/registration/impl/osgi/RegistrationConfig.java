package org.kabinet.registration.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet registration", description = "Tenant sign-up and sign-in")
public @interface RegistrationConfig {
    @AttributeDefinition(description = "Version of the personal-data consent text tenants agree to; stored with each consent")
    String consentVersion() default "2026-11";

    @AttributeDefinition(description = "A session ends after this many idle minutes")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "A session ends after this many hours in any case")
    int sessionMaxHours() default 12;
}
