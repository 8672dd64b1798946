package org.kabinet.kernel.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.kabinet.kernel.time.PortalTime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The system clock in the configured zone; a zone that does not parse falls back to the default with a warning. */
@Component(configurationPid = "org.kabinet.time")
@Designate(ocd = PortalTimeComponent.Config.class)
public class PortalTimeComponent implements PortalTime {
    static final String DEFAULT_ZONE = "Asia/Yekaterinburg";
    private static final Logger LOG = Logger.getLogger(PortalTimeComponent.class.getName());

    @ObjectClassDefinition(name = "Kabinet portal time")
    public @interface Config {
        @AttributeDefinition(description = "The managing company's time zone (IANA name)")
        String zone() default DEFAULT_ZONE;
    }

    private final Clock clock;

    @Activate
    public PortalTimeComponent(Config config) {
        this.clock = Clock.system(zone(config.zone()));
    }

    static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warning("Zone '" + name + "' in etc/org.kabinet.time.cfg is not a time zone: using " + DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
