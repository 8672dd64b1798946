package org.kabinet.communication.ui;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.shared.ui.datefield.DateTimeResolution;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.DateTimeField;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.RichTextArea;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kabinet.accounts.api.City;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.FieldErrors;

/**
 * «Новое объявление». Ids: {@code announcement-form}, {@code announcement-title}, {@code announcement-text}
 * (a rich text editor), {@code announcement-audience} (всем / городу / дому / списку счетов),
 * {@code announcement-city}, {@code announcement-building}, {@code announcement-accounts}
 * ({@code -count}), {@code announcement-size}, {@code announcement-size-result}, {@code announcement-importance},
 * {@code announcement-emergency}, {@code announcement-when} (сейчас / в назначенное время),
 * {@code announcement-publish-at}, {@code announcement-valid-until}, {@code announcement-upload},
 * {@code announcement-publish} (then {@code announcement-publish-dialog}, {@code -confirm}, {@code -cancel}),
 * {@code announcement-result}, {@code announcement-error}.
 */
final class AnnouncementForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int MAX_TITLE = 150;
    static final int VALID_DAYS = 30;

    /** Publish at once or at a time. */
    enum When { NOW, LATER }

    private final transient AnnouncementAdministration admin;
    private final transient AdminContext context;
    private final transient PortalTime time;
    private final Messages m;
    private final TextField title;
    private final RichTextArea text;
    private final RadioButtonGroup<AudienceKind> audience;
    private final ComboBox<City> city;
    private final TextField building;
    private final TextArea accounts;
    private final Label accountsCount;
    private final Label size = Parts.line("announcement-size-result");
    private final RadioButtonGroup<Importance> importance;
    private final CheckBox emergency;
    private final RadioButtonGroup<When> when;
    private final DateTimeField publishAt;
    private final DateField validUntil;
    private final AttachmentsField files;
    private final Label result = Parts.line("announcement-result");
    private final Label error = Parts.line("announcement-error");

    AnnouncementForm(AnnouncementAdministration admin, List<City> cities, MessageAdministration fileStore, PortalTime time,
                     AdminContext context, Messages m, Consumer<Announcement> published) {
        this.admin = admin;
        this.context = context;
        this.time = time;
        this.m = m;
        setId("announcement-form");
        setWidth("100%");
        addStyleName("kabinet-card");
        ZoneId zone = time.zone();
        title = Parts.field("announcement-title", m.get("announcementForm.title"));
        title.setMaxLength(MAX_TITLE);
        text = new RichTextArea(m.get("announcementForm.text"));
        text.setId("announcement-text");
        text.setWidth("100%");
        text.setHeight("260px");
        text.addAttachListener(e -> nameTools(m));
        audience = new RadioButtonGroup<>(m.get("announcementForm.audience"), Arrays.asList(AudienceKind.values()));
        audience.setId("announcement-audience");
        audience.setItemCaptionGenerator(k -> m.get("audience.kind." + k.name()));
        audience.setValue(AudienceKind.EVERYONE);
        city = new ComboBox<>(m.get("announcementForm.city"), cities);
        city.setId("announcement-city");
        city.setItemCaptionGenerator(City::name);
        city.setEmptySelectionAllowed(false);
        city.setWidth("300px");
        if (cities.size() == 1) {
            city.setValue(cities.get(0));
        }
        building = Parts.field("announcement-building", m.get("announcementForm.building"));
        building.setPlaceholder(m.get("announcementForm.buildingHint"));
        building.setDescription(m.get("announcementForm.buildingDescription"));
        accounts = new TextArea(m.get("announcementForm.accounts"));
        accounts.setId("announcement-accounts");
        accounts.setWidth("100%");
        accounts.setRows(4);
        accounts.setPlaceholder(m.get("announcementForm.accountsHint"));
        accounts.setValueChangeMode(ValueChangeMode.LAZY);
        accountsCount = Parts.text("announcement-accounts-count", m.get("announcementForm.accountsCount", 0));
        accounts.addValueChangeListener(e -> accountsCount.setValue(m.get("announcementForm.accountsCount",
                AccountNumberList.parse(e.getValue()).size())));
        Button count = Parts.plain("announcement-size", m.get("announcementForm.size"), e -> audienceSize());
        audience.addValueChangeListener(e -> {
            audienceShown();
            Parts.clear(size);
        });
        importance = new RadioButtonGroup<>(m.get("announcementForm.importance"), Arrays.asList(Importance.values()));
        importance.setId("announcement-importance");
        importance.setItemCaptionGenerator(i -> m.get("importance.choice." + i.name()));
        importance.setValue(Importance.NORMAL);
        emergency = new CheckBox(m.get("announcementForm.emergency"));
        emergency.setId("announcement-emergency");
        emergency.setDescription(m.get("announcementForm.emergencyHint"));
        emergency.setEnabled(false);
        importance.addValueChangeListener(e -> {
            boolean urgent = e.getValue() == Importance.URGENT;
            emergency.setEnabled(urgent);
            if (!urgent) {
                emergency.setValue(false);
            }
        });
        when = new RadioButtonGroup<>(m.get("announcementForm.when"), Arrays.asList(When.values()));
        when.setId("announcement-when");
        when.setItemCaptionGenerator(w -> m.get("announcementForm.when." + w.name()));
        when.setValue(When.NOW);
        publishAt = new DateTimeField(m.get("announcementForm.publishAt"));
        publishAt.setId("announcement-publish-at");
        publishAt.setResolution(DateTimeResolution.MINUTE);
        publishAt.setDateFormat("dd.MM.yyyy HH:mm");
        publishAt.setLocale(m.locale());
        publishAt.setZoneId(zone);
        publishAt.setVisible(false);
        when.addValueChangeListener(e -> {
            boolean later = e.getValue() == When.LATER;
            publishAt.setVisible(later);
            if (later && publishAt.getValue() == null) {
                publishAt.setValue(defaultPublishAt(time.now().toLocalDateTime()));
            }
        });
        validUntil = new DateField(m.get("announcementForm.validUntil"));
        validUntil.setId("announcement-valid-until");
        validUntil.setDateFormat("dd.MM.yyyy");
        validUntil.setLocale(m.locale());
        validUntil.setValue(time.today().plusDays(VALID_DAYS));
        validUntil.setRangeStart(time.today());
        files = fileStore == null ? null : new AttachmentsField("announcement-upload", 1,
                (name, bytes) -> fileStore.upload(context.staffName(), name, bytes), context::errorText, m);
        Button publish = Parts.primary("announcement-publish", m.get("announcementForm.publish"), e -> publish(published));
        addComponents(Parts.heading(m.get("announcementForm.heading")), title, text, audience, city, building, accounts, accountsCount,
                Parts.row(count), size, importance, emergency, Parts.text(m.get("announcementForm.importanceHint")), when, publishAt,
                validUntil);
        if (files != null) {
            addComponents(Parts.heading(m.get("announcementForm.file")), files);
        }
        addComponents(error, Parts.row(publish), result);
        audienceShown();
    }

    /** The next full hour, at least 30 minutes ahead: a sensible time to schedule. */
    static LocalDateTime defaultPublishAt(LocalDateTime now) {
        return now.plusMinutes(30).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    }

    /** The end of the chosen day in the portal's zone: «до 25.12» means through the 25th. */
    static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.atTime(23, 59, 59).atZone(zone).toInstant();
    }

    private void audienceShown() {
        AudienceKind kind = audience.getValue();
        city.setVisible(kind == AudienceKind.CITY || kind == AudienceKind.BUILDING);
        building.setVisible(kind == AudienceKind.BUILDING);
        accounts.setVisible(kind == AudienceKind.ACCOUNTS);
        accountsCount.setVisible(kind == AudienceKind.ACCOUNTS);
    }

    /** GWT titles of the editor's buttons that stay (the others are hidden by {@link PageStyles}), and their keys. */
    static final Map<String, String> KEPT_TOOLS = Map.of("Toggle Bold", "richText.bold", "Toggle Italic", "richText.italic",
            "Toggle Underline", "richText.underline", "Insert Ordered List", "richText.orderedList", "Insert Unordered List",
            "richText.bulletList", "Create Link", "richText.link", "Remove Link", "richText.unlink", "Remove Formatting",
            "richText.clear");

    /** The editor's toolbar has English tooltips from GWT: the buttons that stay get them in the reader's language. */
    private void nameTools(Messages m) {
        if (getUI() == null || com.vaadin.ui.JavaScript.getCurrent() == null) {
            return;
        }
        StringBuilder script = new StringBuilder("var n={");
        KEPT_TOOLS.forEach((title, key) -> script.append('\'').append(title).append("':'")
                .append(m.get(key).replace("\\", "").replace("'", "")).append("',"));
        // the toolbar is built by the widget after this runs: try again for a few seconds until it is there
        script.append("};var k=0;(function r(){var bs=document.querySelectorAll('#announcement-text .gwt-RichTextToolbar-top>[title]');")
                .append("if(!bs.length&&k++<40){setTimeout(r,250);return;}bs.forEach(function(b){")
                .append("var t=n[b.getAttribute('title')];if(t){b.setAttribute('title',t);b.setAttribute('aria-label',t);}});})();");
        com.vaadin.ui.JavaScript.getCurrent().execute(script.toString());
    }

    private Map<String, AbstractComponent> fields() {
        Map<String, AbstractComponent> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("text", text);
        fields.put("html", text);
        fields.put("audience", audience);
        fields.put("cityId", city);
        fields.put("city", city);
        fields.put("building", building);
        fields.put("accounts", accounts);
        fields.put("accountNumbers", accounts);
        fields.put("validUntil", validUntil);
        fields.put("publishAt", publishAt);
        if (files != null) {
            fields.put("attachment", files.upload());
            fields.put("attachmentId", files.upload());
        }
        return fields;
    }

    private void clearErrors() {
        FieldErrors.clear(title, text, audience, city, building, accounts, validUntil, publishAt);
        if (files != null) {
            FieldErrors.clear(files.upload());
        }
        Parts.clear(error);
    }

    /** The audience as chosen, or empty with the problem shown under its field. */
    Optional<Audience> chosenAudience() {
        AudienceKind kind = audience.getValue();
        if (kind == null || kind == AudienceKind.EVERYONE) {
            return Optional.of(Audience.everyone());
        }
        if (kind == AudienceKind.ACCOUNTS) {
            List<String> numbers = AccountNumberList.parse(accounts.getValue());
            if (numbers.isEmpty()) {
                FieldErrors.show(accounts, m.get("announcementForm.accountsMissing"));
                return Optional.empty();
            }
            return Optional.of(new Audience(kind, null, null, numbers));
        }
        if (city.getValue() == null) {
            FieldErrors.show(city, m.get("announcementForm.cityMissing"));
            return Optional.empty();
        }
        if (kind == AudienceKind.CITY) {
            return Optional.of(new Audience(kind, city.getValue().id(), null, List.of()));
        }
        String address = building.getValue().strip();
        if (address.isEmpty()) {
            FieldErrors.show(building, m.get("announcementForm.buildingMissing"));
            return Optional.empty();
        }
        return Optional.of(new Audience(kind, city.getValue().id(), address, List.of()));
    }

    /** «Сколько получат»: the audience's size now. */
    private Optional<AudienceSize> audienceSize() {
        clearErrors();
        Parts.clear(size);
        Optional<Audience> chosen = chosenAudience();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        try {
            AudienceSize counted = admin.audienceSize(chosen.get());
            Parts.show(size, CommunicationTexts.audienceSize(counted, m), counted.accounts() == 0 ? Parts.Tone.WARNING : Parts.Tone.PLAIN);
            return Optional.of(counted);
        } catch (ValidationException e) {
            Parts.showError(e, context.errorText(e), fields(), audience);
        } catch (KabinetException e) {
            Parts.show(error, context.errorText(e), Parts.Tone.ERROR);
        }
        return Optional.empty();
    }

    private boolean blankText() {
        String html = text.getValue() == null ? "" : text.getValue();
        return html.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank();
    }

    /** Checks what can be checked here, asks with the audience's size, then creates it. */
    private void publish(Consumer<Announcement> published) {
        Parts.clear(result);
        clearErrors();
        boolean ok = true;
        if (title.getValue().isBlank()) {
            FieldErrors.show(title, m.get("announcementForm.titleMissing"));
            ok = false;
        }
        if (blankText()) {
            FieldErrors.show(text, m.get("announcementForm.textMissing"));
            ok = false;
        }
        Instant at = null;
        if (when.getValue() == When.LATER) {
            if (publishAt.getValue() == null) {
                FieldErrors.show(publishAt, m.get("announcementForm.publishAtMissing"));
                ok = false;
            } else {
                at = publishAt.getValue().atZone(time.zone()).toInstant();
                if (at.isBefore(time.now().toInstant())) {
                    FieldErrors.show(publishAt, m.get("announcementForm.publishAtPast"));
                    ok = false;
                }
            }
        }
        Instant until = validUntil.getValue() == null ? null : endOfDay(validUntil.getValue(), time.zone());
        if (!ok) {
            return;
        }
        Optional<AudienceSize> counted = audienceSize();
        if (counted.isEmpty()) {
            return;
        }
        Audience chosen = chosenAudience().orElseThrow();
        Importance level = importance.getValue() == null ? Importance.NORMAL : importance.getValue();
        AnnouncementDraft draft = new AnnouncementDraft(title.getValue().strip(), text.getValue(), chosen, level,
                level == Importance.URGENT && emergency.getValue(), at, until,
                files == null || files.ids().isEmpty() ? null : files.ids().get(0));
        String question = m.get(at == null ? "announcementForm.confirmNow" : "announcementForm.confirmLater", draft.title(),
                CommunicationTexts.when(at, time.zone()), CommunicationTexts.audienceSize(counted.get(), m))
                + (level == Importance.URGENT ? " " + m.get(draft.emergency() ? "announcementForm.confirmSmsEmergency"
                : "announcementForm.confirmSms", counted.get().withPhone()) : "");
        Parts.confirm("announcement-publish", m.get("announcementForm.confirmTitle"), question,
                m.get(at == null ? "announcementForm.publishNow" : "announcementForm.schedule"), m.get("common.cancel"), () -> create(draft, published));
    }

    private void create(AnnouncementDraft draft, Consumer<Announcement> published) {
        try {
            Announcement done = admin.create(context.staffName(), draft);
            Parts.show(result, done.state() == AnnouncementState.SCHEDULED
                    ? m.get("announcementForm.scheduled", done.title(), CommunicationTexts.when(done.publishAt(), time.zone()))
                    : m.get("announcementForm.published", done.title(), done.recipients(), done.emails(), done.sms()), Parts.Tone.OK);
            reset();
            published.accept(done);
        } catch (ValidationException e) {
            Parts.showError(e, context.errorText(e), fields(), title);
        } catch (KabinetException e) {
            Parts.show(error, context.errorText(e), Parts.Tone.ERROR);
        }
    }

    private void reset() {
        title.clear();
        text.clear();
        accounts.clear();
        building.clear();
        audience.setValue(AudienceKind.EVERYONE);
        importance.setValue(Importance.NORMAL);
        when.setValue(When.NOW);
        publishAt.clear();
        validUntil.setValue(time.today().plusDays(VALID_DAYS));
        Parts.clear(size);
        if (files != null) {
            files.clear();
        }
    }
}
