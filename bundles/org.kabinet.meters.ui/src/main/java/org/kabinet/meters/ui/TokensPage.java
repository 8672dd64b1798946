package org.kabinet.meters.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.DateField;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.CreatedToken;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.kabinet.ui.spi.PageContext;
import org.kabinet.ui.spi.CabinetPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Токены для умных счётчиков»: personal tokens that let the tenant's own device (a smart meter, Home
 * Assistant) submit readings — the list (name, created, expires, last use, revoked), a new one (name,
 * expiry; the secret shown once, with a copy button and a curl example), and revoking one after a question.
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class TokensPage implements CabinetPage {
    static final String ID = "meter-tokens";
    private final ReadingTokens tokens;
    private final TenantMeters meters;
    private final PortalTime time;

    @Activate
    public TokensPage(@Reference ReadingTokens tokens, @Reference TenantMeters meters, @Reference PortalTime time) {
        this.tokens = tokens;
        this.meters = meters;
        this.time = time;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("tokens.title");
    }

    /** With the settings: after «Уведомления» (850), before «Профиль» (900). */
    @Override
    public int order() {
        return 870;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        page.addComponent(Parts.text(m.get("tokens.intro")));
        VerticalLayout list = new VerticalLayout();
        list.setMargin(false);
        list.setId("tokens-list");
        Label result = Parts.line("tokens-result");
        result.setVisible(false);
        VerticalLayout secret = new VerticalLayout();
        secret.setMargin(false);
        secret.setId("token-secret");
        secret.setVisible(false);
        Runnable[] refresh = new Runnable[1];
        refresh[0] = () -> fill(list, context, m, when, result, refresh[0]);
        refresh[0].run();
        page.addComponents(Parts.subheading(m.get("tokens.list")), list, result, form(context, m, secret, result, refresh[0]), secret);
        return page;
    }

    /** One row per token: name, dates, state, and «Отозвать» for a live one. */
    private void fill(VerticalLayout list, PageContext context, Messages m, DateTimeFormatter when, Label result, Runnable refresh) {
        list.removeAllComponents();
        List<ReadingToken> all = tokens.tokens(context.tenantId());
        if (all.isEmpty()) {
            Label none = Parts.text(m.get("tokens.none"));
            none.setId("tokens-none");
            list.addComponent(none);
            return;
        }
        Instant now = time.now().toInstant();
        for (ReadingToken t : all) {
            String rowId = "token-" + MeterTexts.idPart(t.id());
            Label name = Parts.text(t.name());
            name.addStyleName(ValoTheme.LABEL_BOLD);
            name.setId(rowId + "-name");
            Label dates = Parts.text(m.get("tokens.dates", when.format(t.createdAt()), when.format(t.expiresAt()),
                    t.lastUsedAt() == null ? m.get("tokens.neverUsed") : when.format(t.lastUsedAt())));
            dates.setId(rowId + "-dates");
            Label state = Parts.note(state(t, now, m));
            state.setId(rowId + "-state");
            VerticalLayout row = new VerticalLayout(name, dates, state);
            row.setId(rowId);
            row.addStyleName("kabinet-card");
            row.setSpacing(false);
            if (!t.revoked() && t.expiresAt().isAfter(now)) {
                row.addComponent(Parts.link(rowId + "-revoke", m.get("tokens.revoke"), e -> Parts.confirm("token-revoke",
                        m.get("tokens.revokeTitle", t.name()), m.get("tokens.revokeText", t.name()), m.get("tokens.revokeYes"),
                        m.get("meters.cancel"), () -> {
                            try {
                                tokens.revoke(context.tenantId(), t.id());
                                Parts.show(result, new MeterTexts.Note(m.get("tokens.revoked", t.name()), MeterTexts.Tone.OK));
                            } catch (KabinetException ex) {
                                Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
                            }
                            refresh.run();
                        })));
            }
            list.addComponent(row);
        }
    }

    static MeterTexts.Note state(ReadingToken t, Instant now, Messages m) {
        if (t.revoked()) {
            return new MeterTexts.Note(m.get("tokens.stateRevoked"), MeterTexts.Tone.ERROR);
        }
        if (!t.expiresAt().isAfter(now)) {
            return new MeterTexts.Note(m.get("tokens.stateExpired"), MeterTexts.Tone.WARNING);
        }
        return new MeterTexts.Note(m.get("tokens.stateLive"), MeterTexts.Tone.OK);
    }

    /** Name and expiry; the new secret goes to {@code secret}, shown once. */
    private Component form(PageContext context, Messages m, VerticalLayout secret, Label result, Runnable refresh) {
        TextField name = Parts.field("token-name", m.get("tokens.name"));
        name.setPlaceholder(m.get("tokens.namePlaceholder"));
        name.setMaxLength(60);
        InputHints.autocomplete(name, "off");
        LocalDate today = time.today();
        DateField expires = Parts.date("token-expires", m.get("tokens.expires"), m);
        expires.setRangeStart(today.plusDays(1));
        expires.setRangeEnd(today.plusYears(1));
        expires.setValue(today.plusYears(1));
        Label summary = FieldErrors.summary("token-errors");
        Button create = Parts.primary("token-create", m.get("tokens.create"), e -> {
            FieldErrors.clear(name, expires);
            FieldErrors.clearSummary(summary);
            Parts.clear(result);
            if (expires.getValue() == null) {
                FieldErrors.show(expires, m.get("tokens.expiresMissing"));
                return;
            }
            try {
                CreatedToken created = tokens.create(context.tenantId(), name.getValue().strip(), expires.getValue());
                name.clear();
                showSecret(secret, created, context, m);
                refresh.run();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), Map.of("name", name, "expiresOn", expires, "expiry", expires), name, summary);
            } catch (KabinetException ex) {
                Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
            }
        });
        return Parts.section("token-form", m.get("tokens.new"), Parts.text(m.get("tokens.newHint")), summary, Parts.cells(name, expires), create);
    }

    /** The secret, once: in a field to select, a copy button, and a curl example with it and one of the tenant's meters. */
    private void showSecret(VerticalLayout secret, CreatedToken created, PageContext context, Messages m) {
        secret.removeAllComponents();
        secret.setVisible(true);
        Label warning = Parts.note(new MeterTexts.Note(m.get("tokens.secretOnce", created.token().name()), MeterTexts.Tone.WARNING));
        warning.setId("token-secret-note");
        TextField value = Parts.field("token-secret-value", m.get("tokens.secret"));
        value.setValue(created.secret());
        value.setReadOnly(true);
        value.setWidth("100%");
        Label copied = Parts.line("token-secret-copied");
        copied.setVisible(false);
        Button copy = Parts.plain("token-secret-copy", m.get("tokens.copy"), e -> {
            // the browser's clipboard (allowed on https and localhost); otherwise the field is selected for Ctrl+C / a long tap
            JavaScript.getCurrent().execute("(function(){var f=document.getElementById('token-secret-value');if(!f){return;}f.select();"
                    + "if(navigator.clipboard){navigator.clipboard.writeText(f.value);}else{document.execCommand('copy');}})()");
            Parts.show(copied, new MeterTexts.Note(m.get("tokens.copied"), MeterTexts.Tone.OK));
        });
        TextArea curl = new TextArea(m.get("tokens.example"));
        curl.setId("token-curl");
        curl.setValue(curlExample(base(), created.secret(), exampleMeter(context)));
        curl.setReadOnly(true);
        curl.setWidth("100%");
        curl.setRows(7);
        Button done = Parts.link("token-secret-done", m.get("tokens.secretDone"), e -> {
            secret.removeAllComponents();
            secret.setVisible(false);
        });
        secret.addComponents(warning, value, new CssLayout(copy), copied, Parts.text(m.get("tokens.exampleHint")), curl, done);
    }

    /** The serial number of one of the tenant's meters, as the example's meter (the API takes an id or a serial number). */
    private String exampleMeter(PageContext context) {
        return meters.allMeters(context.tenantId()).stream().filter(x -> x.state() == MeterState.ACTIVE).map(Meter::serialNumber).findFirst()
                .orElse("12345678");
    }

    /** The portal's address as the browser sees it, e.g. {@code https://lk.example.ru}. */
    private static String base() {
        URI location = Page.getCurrent().getLocation();
        return location.getScheme() + "://" + location.getAuthority();
    }

    /** The two calls a device makes: its meters, and a reading of one of them (by id or serial number). */
    static String curlExample(String base, String secret, String meter) {
        return "curl -H \"Authorization: Bearer " + secret + "\" \\\n  " + base + "/api/v1/me/meters\n\n"
                + "curl -X POST -H \"Authorization: Bearer " + secret + "\" -H \"Content-Type: application/json\" \\\n"
                + "  -d '{\"meter\":\"" + meter + "\",\"values\":[123.45]}' \\\n  " + base + "/api/v1/me/readings";
    }
}
