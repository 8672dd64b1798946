package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.kabinet.cluster.cfg: what the nodes sharing one database must agree on. Read at start. */
@ObjectClassDefinition(name = "Kabinet nodes", description = "Several portal nodes on one database (README «Several nodes»)")
public @interface ClusterConfig {
    @AttributeDefinition(description = "Seconds a node's claim on a message it sends holds if the node dies;"
            + " another node sends the message after that")
    long claimSeconds() default 300;

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The key (32 random bytes, Base64) every node seals"
            + " waiting links and codes with, the same on all nodes; empty on a single node: a fresh key at each start")
    String outboxKey() default "";
}
