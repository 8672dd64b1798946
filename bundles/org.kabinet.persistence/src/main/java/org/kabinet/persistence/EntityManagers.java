package org.kabinet.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;
import org.osgi.annotation.versioning.ConsumerType;

/** Runs a piece of work with the entity manager of the current transaction (Aries JPA's in OSGi, a local one in tests). */
@ConsumerType
@FunctionalInterface
public interface EntityManagers {
    <T> T with(Function<EntityManager, T> work);
}
