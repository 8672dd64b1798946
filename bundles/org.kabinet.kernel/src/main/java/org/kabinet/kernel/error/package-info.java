/**
 * Errors every module throws and every edge shows the same way. A module throws a
 * {@link org.kabinet.kernel.error.KabinetException} (or a subclass of its own) with a stable code;
 * the people-facing text lives in the module's {@link org.kabinet.kernel.error.ErrorCatalog}, in
 * Russian and English, never in the code.
 */
@Export
@Version("1.1.0")
package org.kabinet.kernel.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
