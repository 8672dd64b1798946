package org.kabinet.meters.rest;

import java.time.Clock;
import java.util.Optional;
import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.rest.api.PersonalTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Lets the REST core's access filter take a tenant's personal reading token (scope {@code readings}) on
 * the calls that declare that scope ({@code GET /me/meters}, {@code POST /me/readings}): the meters
 * module knows whether a secret is a live token, this edge adds the per-token rate limit (past it the
 * core answers 429 with {@code Retry-After}).
 */
@Component(service = PersonalTokens.class, configurationPid = "org.kabinet.meters.rest")
@Designate(ocd = ReadingTokenAccess.Config.class)
public class ReadingTokenAccess implements PersonalTokens {
    private final ReadingTokens tokens;
    private final TokenRateLimit limit;

    @ObjectClassDefinition(name = "Kabinet meters REST API")
    public @interface Config {
        @AttributeDefinition(description = "Calls a minute one personal reading token may make (GET /me/meters, POST /me/readings); "
                + "as many may come at once, then they refill evenly")
        int tokenCallsPerMinute() default 60;
    }

    @Activate
    public ReadingTokenAccess(@Reference ReadingTokens tokens, Config config) {
        this(tokens, new TokenRateLimit(config.tokenCallsPerMinute(), Clock.systemUTC()));
    }

    ReadingTokenAccess(ReadingTokens tokens, TokenRateLimit limit) {
        this.tokens = tokens;
        this.limit = limit;
    }

    @Override
    public String scope() {
        return MyMetersResource.SCOPE;
    }

    @Override
    public Optional<Holder> resolve(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return tokens.resolve(secret.strip())
                .map(h -> new Holder(h.tenantId(), h.tokenName(), !limit.tryAcquire(h.tokenId())));
    }
}
