package org.kabinet.accounts.impl.osgi;

import java.util.List;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.impl.CodeLetters;
import org.kabinet.notifications.api.Company;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Code sheets with the configured company's name, contacts and portal address. */
@Component
public class CodeSheetsComponent implements CodeSheets {
    private final CodeLetters letters;

    @Activate
    public CodeSheetsComponent(@Reference Company company) {
        this.letters = new CodeLetters(company.profile());
    }

    @Override
    public byte[] csv(List<IssuedCode> codes) {
        return letters.csv(codes);
    }

    @Override
    public byte[] pdf(List<IssuedCode> codes) {
        return letters.pdf(codes);
    }
}
