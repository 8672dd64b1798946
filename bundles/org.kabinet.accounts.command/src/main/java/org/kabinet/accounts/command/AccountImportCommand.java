package org.kabinet.accounts.command;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.ImportResult;

@Command(scope = "kabinet", name = "account-import", description = "Imports accounts from a CSV file: all lines or none")
@Service
public class AccountImportCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Argument(index = 0, name = "file", required = true, description = "CSV file (UTF-8), see the README for the columns")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportResult result = accounts.importCsv(in, line -> System.out.print("\r" + line + " lines…"));
            System.out.print("\r");
            if (result.applied()) {
                System.out.println("Imported: " + result.created() + " new, " + result.updated() + " changed, "
                        + result.unchanged() + " unchanged");
            } else {
                System.err.println("Nothing imported; fix these lines and run again:");
                result.problems().forEach(p -> System.err.println("  line " + p.line() + ": " + p.reason()));
            }
        }
        return null;
    }
}
