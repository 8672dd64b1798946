package org.kabinet.rest.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.notifications.api.DeliveryCallbackResult;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PublicAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * An SMS provider's delivery callback, {@code GET} or {@code POST /api/v1/sms/delivery/{gateway}}
 * (providers differ): the gateway named in the path decides whether the request is genuine (the
 * HTTP gateway: a shared secret) and reads its reports; the outbox applies them. 200
 * {@code {"applied": n}}; 403 {@code sms.delivery.notGenuine}; 404 {@code sms.delivery.unknownGateway}.
 *
 * <p>Public, and not throttled per client: callbacks come in bursts from a few provider servers
 * (after a debt mailing, one per SMS), and a refused one would lose proof of delivery. A forged
 * request costs one constant-time comparison and no database work.
 */
@Component(service = SmsDeliveryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("sms/delivery/{gateway}")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class SmsDeliveryResource {
    /** Far above any provider's report; a larger body is refused with 413 rather than read into memory. */
    static final int MAX_BODY = 256 * 1024;

    private final OutboxAdministration outbox;

    @Activate
    public SmsDeliveryResource(@Reference OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    record Applied(int applied) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Applied post(@PathParam("gateway") String gateway, @Context UriInfo uri, @Context HttpHeaders headers,
                        InputStream body) {
        return take(gateway, uri, headers, read(body, headers.getMediaType()));
    }

    @GET
    public Applied get(@PathParam("gateway") String gateway, @Context UriInfo uri, @Context HttpHeaders headers) {
        return take(gateway, uri, headers, "");
    }

    private Applied take(String gateway, UriInfo uri, HttpHeaders headers, String body) {
        Map<String, List<String>> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        names.putAll(headers.getRequestHeaders());
        DeliveryCallbackResult result = outbox.deliveryCallback(gateway, Map.copyOf(uri.getQueryParameters()), names, body);
        return switch (result.outcome()) {
            case TAKEN -> new Applied(result.applied());
            case NOT_GENUINE -> throw new KabinetException(Failure.FORBIDDEN, "sms.delivery.notGenuine", null);
            case NO_SUCH_GATEWAY -> throw new NotFoundException("sms.delivery.unknownGateway");
        };
    }

    static String read(InputStream body, MediaType type) {
        if (body == null) {
            return "";
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new WebApplicationException(400);
        }
        if (bytes.length > MAX_BODY) {
            throw new WebApplicationException(413);
        }
        return new String(bytes, charset(type));
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
