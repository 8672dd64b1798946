package org.kabinet.rest.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.notifications.api.DeliveryCallbackResult;
import org.kabinet.notifications.api.OutboxAdministration;

/** The public delivery callback: what reaches the outbox and how its answers map to HTTP. */
class SmsDeliveryResourceTest {
    private String gateway;
    private Map<String, List<String>> query;
    private Map<String, List<String>> headers;
    private String body;
    private DeliveryCallbackResult answer = DeliveryCallbackResult.taken(2);

    /** Only deliveryCallback is expected; anything else fails the test. */
    private final OutboxAdministration outbox = proxy(OutboxAdministration.class, (method, args) -> {
        if (!method.equals("deliveryCallback")) {
            throw new AssertionError("unexpected call " + method);
        }
        gateway = (String) args[0];
        query = cast(args[1]);
        headers = cast(args[2]);
        body = (String) args[3];
        return answer;
    });

    private final SmsDeliveryResource resource = new SmsDeliveryResource(outbox);

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> cast(Object map) {
        return (Map<String, List<String>>) map;
    }

    interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> call.answer(method.getName(), args)));
    }

    private static UriInfo uri(String name, String value) {
        MultivaluedHashMap<String, String> q = new MultivaluedHashMap<>();
        q.add(name, value);
        return proxy(UriInfo.class, (method, args) -> method.equals("getQueryParameters") ? q : null);
    }

    private static HttpHeaders headers(MediaType type, String name, String value) {
        MultivaluedHashMap<String, String> h = new MultivaluedHashMap<>();
        h.add(name, value);
        return proxy(HttpHeaders.class, (method, args) -> switch (method) {
            case "getRequestHeaders" -> h;
            case "getMediaType" -> type;
            default -> null;
        });
    }

    @Test
    void aPostHandsQueryHeadersAndTheRawBodyToTheOutbox() {
        SmsDeliveryResource.Applied applied = resource.post("http", uri("secret", "s"),
                headers(MediaType.APPLICATION_FORM_URLENCODED_TYPE, "X-Kabinet-Secret", "h"),
                new ByteArrayInputStream("id=1&status=DELIVRD".getBytes(StandardCharsets.UTF_8)));

        assertEquals(new SmsDeliveryResource.Applied(2), applied);
        assertEquals("http", gateway);
        assertEquals(List.of("s"), query.get("secret"));
        assertEquals(List.of("h"), headers.get("x-kabinet-secret"), "header names without regard to case");
        assertEquals("id=1&status=DELIVRD", body);
    }

    @Test
    void aGetHasAnEmptyBody() {
        resource.get("http", uri("id", "1"), headers(null, "Accept", "*/*"));
        assertEquals("", body);
        assertEquals(List.of("1"), query.get("id"));
    }

    @Test
    void aForgedCallbackIs403AndAnUnknownGateway404() {
        answer = DeliveryCallbackResult.notGenuine();
        KabinetException forged = assertThrows(KabinetException.class, () -> resource.get("http", uri("secret", "x"), headers(null, "A", "b")));
        assertEquals(Failure.FORBIDDEN, forged.failure());
        assertEquals("sms.delivery.notGenuine", forged.code());
        javax.ws.rs.core.Response mapped = new org.kabinet.rest.ApiExceptionMapper().toResponse(forged);
        assertEquals(403, mapped.getStatus());
        org.kabinet.rest.api.ApiError error = (org.kabinet.rest.api.ApiError) mapped.getEntity();
        assertEquals("sms.delivery.notGenuine", error.code());
        assertTrue(error.message().startsWith("Отчёт о доставке SMS отклонён"), error.message());

        answer = DeliveryCallbackResult.noSuchGateway();
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> resource.get("log", uri("a", "b"), headers(null, "A", "b")));
        assertEquals("sms.delivery.unknownGateway", unknown.code());
        assertEquals(404, new org.kabinet.rest.ApiExceptionMapper().toResponse(unknown).getStatus());
    }

    @Test
    void theBodyIsReadInItsCharsetAndAnOversizedOneIsRefused() {
        Charset cp1251 = Charset.forName("windows-1251");
        assertEquals("статус=доставлено", SmsDeliveryResource.read(new ByteArrayInputStream("статус=доставлено".getBytes(cp1251)),
                MediaType.valueOf("application/x-www-form-urlencoded; charset=windows-1251")));
        WebApplicationException tooLarge = assertThrows(WebApplicationException.class, () -> SmsDeliveryResource.read(
                new ByteArrayInputStream(new byte[SmsDeliveryResource.MAX_BODY + 1]), null));
        assertEquals(413, tooLarge.getResponse().getStatus());
        assertTrue(SmsDeliveryResource.read(null, null).isEmpty());
    }
}
