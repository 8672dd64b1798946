package org.kabinet.audit.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet security audit trail",
        description = "How long sign-ins and staff actions stay in the audit trail (etc/org.kabinet.audit.cfg)")
public @interface AuditConfig {
    @AttributeDefinition(description = "Days an audit event is kept; the daily purge deletes older ones (at least 1)")
    int retentionDays() default 1095;
}
