/** The portal's clock and time zone, one configured service for every module. */
@Export
@Version("1.0.0")
package org.kabinet.kernel.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
