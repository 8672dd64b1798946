/**
 * Extension points of the portal: a bundle that registers a {@link org.kabinet.ui.spi.CabinetPage}
 * service adds a page to the tenant cabinet's menu, an {@link org.kabinet.ui.spi.AdminPage} a tab to
 * the staff area — without touching the portal bundle. The helpers beside them ({@link org.kabinet.ui.spi.FieldErrors},
 * {@link org.kabinet.ui.spi.BarChart} …) make the modules' pages look and behave as one portal.
 */
@Export
@Version("1.4.0")
package org.kabinet.ui.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
