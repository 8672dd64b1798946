package org.kabinet.rest.outbox;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PublicAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The unsubscribe link of letters (RFC 8058). A mail program's one-click unsubscribe POSTs to it; a
 * person who opens the link sees a page with one button (a GET changes nothing, so link scanners
 * cannot unsubscribe anyone). The token is signed: it switches off exactly what it names. Not
 * throttled per client: the one-click POSTs come from a few big mail providers' servers.
 */
@Component(service = UnsubscribeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@PublicAccess
public class UnsubscribeResource {
    private final NotificationSettings settings;
    private final Company company;

    @Activate
    public UnsubscribeResource(@Reference NotificationSettings settings, @Reference Company company) {
        this.settings = settings;
        this.company = company;
    }

    @GET
    public String page(@PathParam("token") String token) {
        return html("Отписаться от писем?", "<p>Нажмите кнопку, чтобы больше не получать такие письма. Включить их снова можно"
                + " в личном кабинете: «Профиль» → «Уведомления».</p><form method=\"post\"><button type=\"submit\">Отписаться"
                + "</button></form>");
    }

    @POST
    @Answers(value = 200, type = "text/html")
    public Response unsubscribe(@PathParam("token") String token) {
        return settings.unsubscribe(token)
                .map(done -> Response.ok(html("Вы отписались", "<p>Вы больше не получаете " + what(done.kind())
                        + ". Включить снова можно в личном кабинете: «Профиль» → «Уведомления».</p>")).build())
                .orElseGet(() -> Response.status(404).entity(html("Ссылка недействительна",
                        "<p>Эта ссылка для отписки повреждена. Настройте уведомления в личном кабинете: «Профиль» → «Уведомления».</p>"))
                        .build());
    }

    static String what(NotificationKind kind) {
        return switch (kind) {
            case DEBT_SMS -> "SMS о задолженности";
            case PAYMENT_SMS -> "SMS об оплате";
            case STATEMENT_EMAIL -> "ежемесячную выписку по почте";
            case READING_REMINDER -> "напоминания о показаниях и поверке счётчиков";
            case ANNOUNCEMENT_EMAIL -> "объявления управляющей компании по почте";
            case MESSAGE_ANSWER_EMAIL -> "ответы на ваши обращения по почте";
        };
    }

    private String html(String title, String body) {
        String portal = company.profile().portalUrl();
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1>" + body
                + "<p><a href=\"" + escape(portal) + "/\">Личный кабинет</a> · " + escape(company.profile().name()) + "</p></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
