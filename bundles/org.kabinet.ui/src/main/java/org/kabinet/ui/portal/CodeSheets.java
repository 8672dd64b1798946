package org.kabinet.ui.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kabinet.accounts.api.IssuedCode;

/** Issued codes as a CSV sheet for printing or mail merge (UTF-8 with BOM, so spreadsheet programs read Cyrillic). */
final class CodeSheets {
    private CodeSheets() {
    }

    static byte[] csv(List<IssuedCode> codes) {
        StringBuilder csv = new StringBuilder("\uFEFFnumber;city;address;code;expires\n");
        for (IssuedCode c : codes) {
            csv.append(quote(c.number())).append(';').append(quote(c.city().name())).append(';')
                    .append(quote(c.address())).append(';').append(c.code()).append(';')
                    .append(AdminArea.TIME.format(c.expiresAt())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
