/**
 * All-or-nothing CSV imports: a file is read whole, every line is checked, and the caller gets
 * either every row or every problem with its line number — never half a file.
 */
@Export
@Version("1.0.0")
package org.kabinet.documents.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
