package org.kabinet.billing.api;

import java.util.Set;

/** A service with the account kinds it is charged on (RENT, UTILITIES). */
public record ServiceSetup(Service service, Set<String> accountKinds) {
}
