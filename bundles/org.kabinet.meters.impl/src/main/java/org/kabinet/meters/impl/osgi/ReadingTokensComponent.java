package org.kabinet.meters.impl.osgi;

import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.meters.impl.MetersData;
import org.kabinet.meters.impl.ReadingTokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tenants' personal tokens for submitting readings. */
@Component(service = ReadingTokens.class)
public class ReadingTokensComponent extends ReadingTokenService {
    @Activate
    public ReadingTokensComponent(@Reference MetersData data) {
        super(data);
    }
}
