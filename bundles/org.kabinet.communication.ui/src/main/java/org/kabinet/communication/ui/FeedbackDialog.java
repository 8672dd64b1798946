package org.kabinet.communication.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import java.util.Map;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.FooterContext;
import org.kabinet.ui.spi.InputHints;

/**
 * The feedback form in a dialog: name, contact (the tenant's e-mail when signed in), text; «Отправить» answers
 * with the number to quote. A field {@code website} is there for bots only: out of sight, out of the tab order,
 * hidden from screen readers and from autofill. Ids: {@code feedback-dialog}, {@code feedback-form},
 * {@code feedback-name}, {@code feedback-contact}, {@code feedback-text} ({@code -counter}), {@code feedback-website},
 * {@code feedback-send}, {@code feedback-cancel}, {@code feedback-error}, {@code feedback-thanks}, {@code feedback-close}.
 */
final class FeedbackDialog extends Window {
    private static final long serialVersionUID = 1L;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;
    static final String HONEYPOT_ID = "feedback-website";

    FeedbackDialog(Feedback feedback, FooterContext context, Messages m) {
        super(m.get("feedback.title"));
        setId("feedback-dialog");
        setModal(true);
        setResizable(false);
        setWidth("90%");
        addStyleName("kabinet-dialog");
        TextField name = Parts.field("feedback-name", m.get("feedback.name"));
        name.setMaxLength(MAX_NAME);
        InputHints.autocomplete(name, "name");
        TextField contact = Parts.field("feedback-contact", m.get("feedback.contact"));
        contact.setPlaceholder(m.get("feedback.contactHint"));
        contact.setValue(context.email().orElse(""));
        InputHints.autocomplete(contact, "email");
        Parts.CountedText text = Parts.countedText("feedback-text", m.get("feedback.text"), MAX_TEXT, m);
        CssLayout trap = honeypot(m);
        TextField website = (TextField) trap.getComponent(0);
        Label error = Parts.line("feedback-error");
        Button send = Parts.primary("feedback-send", m.get("feedback.send"), null);
        Button cancel = Parts.link("feedback-cancel", m.get("common.cancel"), e -> close());
        VerticalLayout form = Parts.block("feedback-form", Parts.text(m.get("feedback.intro")), name, contact, text.block(), trap, error,
                Parts.row(send, cancel));
        send.addClickListener(e -> {
            FieldErrors.clear(name, contact, text.area());
            Parts.clear(error);
            boolean ok = true;
            if (name.getValue().isBlank()) {
                FieldErrors.show(name, m.get("feedback.nameMissing"));
                ok = false;
            }
            if (contact.getValue().isBlank()) {
                FieldErrors.show(contact, m.get("feedback.contactMissing"));
                ok = false;
            }
            if (text.area().getValue().isBlank()) {
                FieldErrors.show(text.area(), m.get("feedback.textMissing"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                String number = feedback.submit(new FeedbackForm(name.getValue().strip(), contact.getValue().strip(),
                        text.area().getValue().strip(), website.getValue(), context.tenantId().orElse(null), context.clientAddress()));
                Label thanks = Parts.text("feedback-thanks", m.get("feedback.thanks", number));
                thanks.addStyleName("kabinet-ok");
                Button close = Parts.primary("feedback-close", m.get("feedback.close"), c -> close());
                VerticalLayout done = new VerticalLayout(thanks, close); // with the form's margins, not edge to edge
                setContent(done);
                close.focus();
            } catch (ValidationException ex) {
                Parts.showError(ex, context.errorText(ex), Map.of("name", name, "contact", contact, "text", text.area()), text.area());
            } catch (KabinetException ex) {
                Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
            }
        });
        VerticalLayout content = new VerticalLayout(form);
        setContent(content);
        name.focus();
    }

    /**
     * The field only bots fill: moved off screen by the class {@link PageStyles#HONEYPOT}, skipped by Tab, hidden
     * from screen readers ({@code aria-hidden}) and from autofill ({@code autocomplete=off}).
     */
    static CssLayout honeypot(Messages m) {
        TextField website = new TextField(m.get("feedback.website"));
        website.setId(HONEYPOT_ID);
        website.setTabIndex(-1);
        InputHints.autocomplete(website, "off");
        CssLayout trap = new CssLayout(website);
        trap.setId(HONEYPOT_ID + "-box");
        trap.addStyleName(PageStyles.HONEYPOT);
        String script = "var b=document.getElementById('" + HONEYPOT_ID + "-box');if(b){b.setAttribute('aria-hidden','true');}";
        trap.addAttachListener(e -> JavaScript.getCurrent().execute(script));
        return trap;
    }
}
