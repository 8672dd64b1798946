package org.kabinet.accounts.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Printable forms of codes just issued: a CSV sheet and a PDF with one letter per account that
 * explains how to register. Made at issue time, the only time the plain codes exist.
 */
@ProviderType
public interface CodeSheets {

    /** UTF-8 CSV with a BOM (spreadsheet programs then read Cyrillic): number;city;address;code;expires. */
    byte[] csv(List<IssuedCode> codes);

    /** A4 PDF, one Russian letter per account with its code and the portal's address. */
    byte[] pdf(List<IssuedCode> codes);
}
