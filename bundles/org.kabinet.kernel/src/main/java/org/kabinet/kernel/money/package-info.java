/** Money as the portal counts it: roubles in {@link java.math.BigDecimal} with two decimals. */
@Export
@Version("1.1.0")
package org.kabinet.kernel.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
