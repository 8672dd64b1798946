/** Small text helpers every module may need without a library of its own: JSON strings. */
@Export
@Version("1.0.0")
package org.kabinet.kernel.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
