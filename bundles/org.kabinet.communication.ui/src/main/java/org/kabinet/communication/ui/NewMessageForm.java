package org.kabinet.communication.ui;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.VerticalLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.PageContext;

/**
 * «Написать обращение»: the account it is about (or none), the topic, the text (up to 5000 characters, counted)
 * and up to 5 files; «Отправить». Ids: {@code message-form}, {@code message-account}, {@code message-topic},
 * {@code message-text} ({@code -counter}), {@code message-upload} ({@code -files}, {@code -file-<n>},
 * {@code -remove-<n>}), {@code message-send}, {@code message-cancel}, {@code message-error}; an error under a
 * field has the field's id and {@code -error}.
 */
final class NewMessageForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT = 5000;
    static final int MAX_FILES = 5;

    /** An entry of the account list: a linked account, or «Без лицевого счёта» (a null id). */
    record AccountChoice(String accountId, String caption) {
    }

    private final ComboBox<AccountChoice> account;
    private final RadioButtonGroup<Topic> topic;
    private final Parts.CountedText text;
    private final AttachmentsField files;
    private final Button cancel;
    private final Label error = Parts.line("message-error");

    NewMessageForm(TenantMessages service, List<LinkedAccount> linked, PageContext context, Messages m, Consumer<ThreadDetails> sent) {
        setId("message-form");
        setMargin(true);
        setWidth("100%");
        addStyleName("kabinet-card");
        List<AccountChoice> choices = new ArrayList<>();
        for (LinkedAccount a : linked) {
            choices.add(new AccountChoice(a.id(), CommunicationTexts.account(a)));
        }
        AccountChoice none = new AccountChoice(null, m.get("message.noAccount"));
        choices.add(none);
        account = new ComboBox<>(m.get("message.account"), choices);
        account.setId("message-account");
        account.setItemCaptionGenerator(AccountChoice::caption);
        account.setTextInputAllowed(false);
        account.setEmptySelectionAllowed(false);
        account.setPageLength(0);
        account.setPlaceholder(m.get("message.accountPlaceholder"));
        account.setWidth("100%");
        // one account (or none): nothing to choose
        account.setValue(choices.size() <= 2 ? choices.get(0) : null);
        topic = new RadioButtonGroup<>(m.get("message.topic"), Arrays.asList(Topic.values()));
        topic.setId("message-topic");
        topic.setItemCaptionGenerator(t -> CommunicationTexts.topic(t, m));
        text = Parts.countedText("message-text", m.get("message.text"), MAX_TEXT, m);
        text.area().setPlaceholder(m.get("message.textPlaceholder"));
        files = new AttachmentsField("message-upload", MAX_FILES, (name, bytes) -> service.upload(context.tenantId(), name, bytes),
                context::errorText, m);
        Button send = Parts.primary("message-send", m.get("message.send"), null);
        cancel = Parts.link("message-cancel", m.get("message.cancel"), null);
        addComponents(Parts.heading(m.get("message.heading")), account, topic, text.block(), Parts.heading(m.get("files.heading")), files, error,
                Parts.row(send, cancel));
        send.addClickListener(e -> {
            clearErrors();
            boolean ok = true;
            if (account.getValue() == null) {
                FieldErrors.show(account, m.get("message.chooseAccount"));
                ok = false;
            }
            if (topic.getValue() == null) {
                FieldErrors.show(topic, m.get("message.chooseTopic"));
                ok = false;
            }
            if (text.area().getValue().isBlank()) {
                FieldErrors.show(text.area(), m.get("message.textMissing"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                ThreadDetails details = service.write(context.tenantId(),
                        new NewMessage(account.getValue().accountId(), topic.getValue(), text.area().getValue().strip(), files.ids()));
                text.area().clear();
                files.clear();
                sent.accept(details);
            } catch (ValidationException ex) {
                Parts.showError(ex, context.errorText(ex), fields(), text.area());
            } catch (NotFoundException ex) {
                FieldErrors.show(account, context.errorText(ex));
            } catch (KabinetException ex) {
                Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
            }
        });
    }

    private Map<String, AbstractComponent> fields() {
        Map<String, AbstractComponent> fields = new HashMap<>();
        fields.put("text", text.area());
        fields.put("topic", topic);
        fields.put("accountId", account);
        fields.put("account", account);
        fields.put("attachments", files.upload());
        fields.put("attachmentIds", files.upload());
        return fields;
    }

    private void clearErrors() {
        FieldErrors.clear(account, topic, text.area(), files.upload());
        Parts.clear(error);
    }

    /** What «Отменить» does (folds the form). */
    void onCancel(Runnable run) {
        cancel.addClickListener(e -> run.run());
    }

    void focusText() {
        text.area().focus();
    }
}
