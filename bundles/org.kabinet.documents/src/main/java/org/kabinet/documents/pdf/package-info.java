/** PDF documents in Russian: A4 pages of wrapped text, tables and QR codes in an embedded font with full Cyrillic. */
@Export
@Version("1.1.0")
package org.kabinet.documents.pdf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
