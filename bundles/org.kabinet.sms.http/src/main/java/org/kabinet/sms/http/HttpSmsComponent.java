package org.kabinet.sms.http;

import java.time.Duration;
import java.util.logging.Logger;
import org.kabinet.sms.spi.SmsDeliveryReports;
import org.kabinet.sms.spi.SmsGateway;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The HTTP gateway, active only with {@code etc/org.kabinet.sms.http.cfg}; ranked above the log
 * gateway, so installing it with a configuration makes it the gateway in use. It also serves the
 * provider's delivery reports (by callback or polling) when {@code deliveryMode} says so.
 */
@Component(configurationPid = "org.kabinet.sms.http", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {SmsGateway.class, SmsDeliveryReports.class}, property = "service.ranking:Integer=100")
@Designate(ocd = HttpSmsComponent.Config.class)
public class HttpSmsComponent extends HttpSmsGateway {
    private static final Logger LOG = Logger.getLogger(HttpSmsComponent.class.getName());

    @ObjectClassDefinition(name = "Kabinet SMS over HTTP", description = "A provider's HTTP API for SMS")
    public @interface Config {
        @AttributeDefinition(description = "The provider's endpoint, e.g. https://sms.example/api/send")
        String url();

        @AttributeDefinition(description = "GET (fields in the query string) or POST")
        String method() default "POST";

        @AttributeDefinition(description = "application/x-www-form-urlencoded or application/json")
        String contentType() default "application/x-www-form-urlencoded";

        @AttributeDefinition(description = "Fields with {phone}, {international}, {text}, {key}")
        String bodyTemplate() default "to={international}&text={text}";

        @AttributeDefinition(description = "none, header, basic or query")
        String authType() default "none";

        String authHeaderName() default "Authorization";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String authHeaderValue() default "";

        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String password() default "";

        String authQueryParameter() default "api_key";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String authQueryValue() default "";

        @AttributeDefinition(description = "A regular expression a 2xx answer must contain to count as accepted; empty = any 2xx")
        String successPattern() default "";

        @AttributeDefinition(description = "A regular expression whose first group is the provider's message id")
        String messageIdPattern() default "";

        int connectTimeoutMillis() default 5000;

        int readTimeoutMillis() default 10000;

        @AttributeDefinition(description = "How the provider reports delivery: none, callback (it calls"
                + " /api/v1/sms/delivery/http) or poll (the portal asks statusUrl)")
        String deliveryMode() default "none";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "callback: the shared secret a genuine"
                + " callback carries (in the query parameter or the header below); long and random")
        String callbackSecret() default "";

        @AttributeDefinition(description = "callback: the query parameter with the secret")
        String callbackSecretParameter() default "secret";

        @AttributeDefinition(description = "callback: the request header with the secret, for providers that can send headers")
        String callbackSecretHeader() default "X-Kabinet-Secret";

        @AttributeDefinition(description = "The field with the provider's message id in a callback")
        String reportIdField() default "id";

        @AttributeDefinition(description = "The field with the status in a callback or a status answer;"
                + " a dotted path for nested JSON, {id} for the message id, e.g. sms.{id}.status_code")
        String reportStatusField() default "status";

        @AttributeDefinition(description = "Optional: the field with the time of delivery (Unix seconds or"
                + " milliseconds, or ISO-8601 with an offset); empty = when the portal learns it")
        String reportTimeField() default "";

        @AttributeDefinition(description = "Optional: a field kept with the status as its detail, e.g. an error code")
        String reportDetailField() default "";

        @AttributeDefinition(description = "Status values meaning delivered, comma-separated, any case")
        String deliveredValues() default "delivered,DELIVRD,1";

        @AttributeDefinition(description = "Status values meaning failed for good, comma-separated, any case;"
                + " other values are still under way")
        String failedValues() default "failed,undelivered,UNDELIV,expired,rejected,REJECTD,3,20,22,23,24,25";

        @AttributeDefinition(description = "poll: the provider's status URL with {id}, asked with GET and the"
                + " same authentication as sending")
        String statusUrl() default "";

        @AttributeDefinition(description = "poll: seconds between two questions about the same SMS")
        int pollIntervalSeconds() default 300;
    }

    @Activate
    public HttpSmsComponent(Config config) {
        super(settings(config), delivery(config));
        LOG.info(() -> "SMS gateway over HTTP active: " + settings(config) + ", delivery reports " + delivery(config));
        if (!config.deliveryMode().isBlank() && HttpDeliverySettings.Mode.parse(config.deliveryMode()).isEmpty()) {
            LOG.warning("deliveryMode in etc/org.kabinet.sms.http.cfg must be none, callback or poll; taken as none");
        }
        HttpDeliverySettings delivery = delivery(config);
        if (delivery.mode() == HttpDeliverySettings.Mode.CALLBACK && delivery.callbackSecret().isEmpty()) {
            LOG.warning("deliveryMode = callback without callbackSecret: every delivery callback is refused (403)");
        }
        if (delivery.mode() == HttpDeliverySettings.Mode.POLL && delivery.statusUrl().isBlank()) {
            LOG.warning("deliveryMode = poll without statusUrl: nothing is polled");
        }
    }

    private static HttpSmsSettings settings(Config config) {
        return new HttpSmsSettings(config.url(), config.method(), config.contentType(),
                config.bodyTemplate(), config.authType(), config.authHeaderName(), config.authHeaderValue(),
                config.username(), config.password(), config.authQueryParameter(), config.authQueryValue(),
                config.successPattern(), config.messageIdPattern(),
                Duration.ofMillis(config.connectTimeoutMillis()), Duration.ofMillis(config.readTimeoutMillis()));
    }

    private static HttpDeliverySettings delivery(Config config) {
        return new HttpDeliverySettings(
                HttpDeliverySettings.Mode.parse(config.deliveryMode()).orElse(HttpDeliverySettings.Mode.NONE),
                config.callbackSecret() == null ? "" : config.callbackSecret(),
                config.callbackSecretParameter(), config.callbackSecretHeader(),
                config.reportIdField(), config.reportStatusField(), config.reportTimeField(), config.reportDetailField(),
                HttpDeliverySettings.list(config.deliveredValues()), HttpDeliverySettings.list(config.failedValues()),
                config.statusUrl() == null ? "" : config.statusUrl().strip(),
                Duration.ofSeconds(Math.max(30, config.pollIntervalSeconds())));
    }
}
