package org.kabinet.meters.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet meters", description = "Reading checks and volumes for billing (etc/org.kabinet.meters.cfg)")
public @interface MetersConfig {
    @AttributeDefinition(description = "A reading whose monthly consumption is above this many times the meter's average over up to "
            + "6 earlier months (at least 2 needed) goes to staff review (FLAGGED); at least 1")
    String flagFactor() default "3";

    @AttributeDefinition(description = "Readings a meter takes from tenants (cabinet and tokens) a day")
    int submissionsPerDay() default 10;

    @AttributeDefinition(description = "Which resource each metered billing service is measured by: service code=resource, "
            + "comma-separated (COLD_WATER, HOT_WATER, ELECTRICITY, HEAT, GAS)")
    String serviceResources() default "cold-water=COLD_WATER,hot-water=HOT_WATER,electricity=ELECTRICITY,heating=HEAT,gas=GAS";
}
