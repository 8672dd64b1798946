package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CabinetShellTest {
    private final Messages russian = new Messages(Messages.RUSSIAN);

    @Test
    void aPageWithNothingNewShowsItsTitleOnly() {
        assertEquals("Обращения", CabinetShell.menuCaption("Обращения", 0, russian));
    }

    @Test
    void aCountIsShownAsABadgeThatScreenReadersCanRead() {
        assertEquals("Обращения <span class=\"kabinet-badge\" aria-label=\"новых: 3\">3</span>",
                CabinetShell.menuCaption("Обращения", 3, russian));
        assertEquals("Messages <span class=\"kabinet-badge\" aria-label=\"new: 99+\">99+</span>",
                CabinetShell.menuCaption("Messages", 150, new Messages(Locale.ENGLISH)));
    }

    @Test
    void aModulesTitleIsNotTakenForHtml() {
        assertEquals("Счета &lt;b&gt; &amp; &quot;пени&quot;", CabinetShell.menuCaption("Счета <b> & \"пени\"", 0, russian));
    }
}
