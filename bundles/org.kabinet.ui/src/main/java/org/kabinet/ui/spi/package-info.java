/**
 * Extension point of the tenant cabinet: a bundle that registers a {@link org.kabinet.ui.spi.CabinetPage}
 * service adds a page to the cabinet's menu, without touching the portal bundle.
 */
@Export
@Version("1.0.0")
package org.kabinet.ui.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
