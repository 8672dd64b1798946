package org.kabinet.ui.spi;

import java.util.Locale;
import java.util.Set;
import org.kabinet.kernel.error.KabinetException;
import org.osgi.annotation.versioning.ProviderType;

/** What an {@link AdminPage} knows about the signed-in member of staff. */
@ProviderType
public interface AdminContext {

    String staffName();

    Set<String> roles();

    Locale locale();

    /** The text of a module's error in the member's language, from the installed error catalogs. */
    String errorText(KabinetException error);
}
