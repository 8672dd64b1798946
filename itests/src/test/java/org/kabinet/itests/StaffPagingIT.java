package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Staff lists a page at a time in the booted distribution (issue #13): {@code ?page=&size=}, the same JSON
 * arrays with {@code X-Total-Count} and a {@code Link} header, and 422 (never 500 or 404) for a bad page.
 * Its own ports (18641–18644), away from the other container tests.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StaffPagingIT extends KabinetContainer {
    private static final int PORT = 18641;
    private static final String MANAGER = "paging-manager";
    private static final String PASSWORD = "paging-password-1";

    @Configuration
    public Option[] config() {
        return distribution(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18642"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "18643"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "18644"),
                editConfigurationFilePut("etc/org.kabinet.company.cfg", "portalUrl", "http://localhost:" + PORT),
                editConfigurationFilePut("etc/users.properties", MANAGER, PASSWORD + ",manager"));
    }

    private HttpResponse<String> get(Http http, String path) throws Exception {
        return http.staff("GET", path, null, null, MANAGER, PASSWORD);
    }

    private static int count(String json) {
        Matcher m = Pattern.compile("\"number\":").matcher(json);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    public void staffListsComeAPageAtATime() throws Exception {
        Http http = new Http(PORT);
        StringBuilder csv = new StringBuilder("number;city;kind;address;area;residents;status\n");
        for (int i = 1; i <= 7; i++) {
            csv.append("6410").append(i).append(";Сургут;rent;\"ул. Мира, д. 64, кв. ").append(i).append("\";40;1;open\n");
        }
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv", csv.toString(), MANAGER, PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());

        HttpResponse<String> first = get(http, "/api/v1/admin/accounts?city=surgut&size=3");
        assertEquals(first.body(), 200, first.statusCode());
        assertTrue(first.body(), first.body().startsWith("["));
        assertEquals(3, count(first.body()));
        int total = Integer.parseInt(first.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue("total " + total, total >= 7);
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link, link.contains("rel=\"next\"") && link.contains("city=surgut") && link.contains("page=1")
                && link.contains("rel=\"last\""));
        assertFalse(link, link.contains("rel=\"prev\""));
        HttpResponse<String> second = get(http, "/api/v1/admin/accounts?city=surgut&size=3&page=1");
        assertEquals(3, count(second.body()));
        assertFalse("pages do not repeat", second.body().contains(first.body().substring(1, first.body().indexOf(','))));
        assertEquals("[]", get(http, "/api/v1/admin/accounts?city=surgut&page=1000").body().strip());

        for (String bad : new String[] {"size=501", "size=0", "size=-5", "page=-1", "page=abc", "size=1e3"}) {
            HttpResponse<String> refused = get(http, "/api/v1/admin/accounts?" + bad);
            assertEquals(bad + ": " + refused.body(), 422, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("\"code\":\"page."));
        }

        for (String list : new String[] {"/api/v1/admin/audit", "/api/v1/admin/billing/audit", "/api/v1/admin/meters/audit",
                "/api/v1/admin/readings/review", "/api/v1/admin/messages", "/api/v1/admin/announcements", "/api/v1/admin/meters"}) {
            HttpResponse<String> page = get(http, list + "?size=2");
            assertEquals(list + ": " + page.body(), 200, page.statusCode());
            assertTrue(list, page.body().startsWith("["));
            assertTrue(list, page.headers().firstValue("X-Total-Count").isPresent());
            assertTrue(list, page.headers().firstValue("Link").orElseThrow().contains("rel=\"first\""));
            assertEquals(list, 422, get(http, list + "?size=501").statusCode());
        }
        HttpResponse<String> outbox = get(http, "/api/v1/admin/outbox?size=1");
        assertEquals(outbox.body(), 200, outbox.statusCode());
        assertTrue(outbox.headers().firstValue("Link").orElseThrow().contains("rel=\"first\""));
        assertEquals(422, get(http, "/api/v1/admin/outbox?page=-1").statusCode());
        // the older ?limit= keeps answering the newest events
        HttpResponse<String> limited = get(http, "/api/v1/admin/audit?limit=3");
        assertEquals(200, limited.statusCode());
        assertTrue(limited.headers().firstValue("X-Total-Count").isPresent());
    }
}
