/**
 * Extension points of the portal: a bundle that registers a {@link org.kabinet.ui.spi.CabinetPage}
 * service adds a page to the tenant cabinet's menu, an {@link org.kabinet.ui.spi.AdminPage} a tab to
 * the staff area — without touching the portal bundle.
 */
@Export
@Version("1.1.0")
package org.kabinet.ui.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
