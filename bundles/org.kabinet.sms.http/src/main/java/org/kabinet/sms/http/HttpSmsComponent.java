package org.kabinet.sms.http;

import java.time.Duration;
import java.util.logging.Logger;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The HTTP gateway, active only with {@code etc/org.kabinet.sms.http.cfg}; ranked above the log
 * gateway, so installing it with a configuration makes it the gateway in use.
 */
@Component(configurationPid = "org.kabinet.sms.http", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = "service.ranking:Integer=100")
@Designate(ocd = HttpSmsComponent.Config.class)
public class HttpSmsComponent implements SmsGateway {
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
    }

    private final HttpSmsGateway gateway;

    @Activate
    public HttpSmsComponent(Config config) {
        HttpSmsSettings settings = new HttpSmsSettings(config.url(), config.method(), config.contentType(),
                config.bodyTemplate(), config.authType(), config.authHeaderName(), config.authHeaderValue(),
                config.username(), config.password(), config.authQueryParameter(), config.authQueryValue(),
                config.successPattern(), config.messageIdPattern(),
                Duration.ofMillis(config.connectTimeoutMillis()), Duration.ofMillis(config.readTimeoutMillis()));
        this.gateway = new HttpSmsGateway(settings);
        LOG.info(() -> "SMS gateway over HTTP active: " + settings);
    }

    @Override
    public String name() {
        return gateway.name();
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        return gateway.send(message);
    }
}
