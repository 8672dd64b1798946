package org.kabinet.communication.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.ui.spi.FieldErrors;

/**
 * Files for a message, an answer or an announcement: «Прикрепить файл» (Vaadin Upload, id {@code <id>}),
 * each finished file stored at once and shown as a chip with its name and «×» (ids {@code <id>-file-<n>},
 * {@code <id>-remove-<n>}), at most {@code max}. A file over 10 MB is stopped while it is being sent.
 */
final class AttachmentsField extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** The largest file, as the service takes it. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String ACCEPT = "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf";

    /** Stores one file and says what was stored (the services' {@code upload}). */
    @FunctionalInterface
    interface Store {
        AttachmentInfo store(String fileName, byte[] content);
    }

    private final String id;
    private final int max;
    private final transient Store store;
    private final transient Function<KabinetException, String> errorText;
    private final Messages m;
    private final Upload upload;
    private final CssLayout chips = new CssLayout();
    private final Label hint;
    private final List<AttachmentInfo> files = new ArrayList<>();
    private final SizeLimitedBuffer buffer = new SizeLimitedBuffer(MAX_BYTES);

    AttachmentsField(String id, int max, Store store, Function<KabinetException, String> errorText, Messages m) {
        this.id = id;
        this.max = max;
        this.store = store;
        this.errorText = errorText;
        this.m = m;
        setMargin(false);
        setSpacing(false);
        setWidth("100%");
        addStyleName("kabinet-attachments");
        // Vaadin announces a file (started) before it asks for the stream (the receiver): the buffer is emptied there
        upload = new Upload(null, (name, mime) -> buffer);
        upload.setId(id);
        upload.setButtonCaption(m.get(max == 1 ? "files.attachOne" : "files.attach"));
        upload.setImmediateMode(true);
        upload.setAcceptMimeTypes(ACCEPT);
        upload.addStartedListener(e -> {
            buffer.reset();
            if (getUI() != null) {
                FieldErrors.clear(upload);
            }
            if (files.size() >= max) {
                upload.interruptUpload();
            } else if (buffer.tooLong(e.getContentLength())) {
                buffer.refuse();
                upload.interruptUpload();
            }
        });
        upload.addFailedListener(e -> {
            if (files.size() >= max) {
                showError(m.get("files.tooMany", max));
            } else {
                showError(m.get(buffer.exceeded() ? "files.tooLarge" : "files.failed"));
            }
            buffer.reset();
        });
        upload.addSucceededListener(e -> {
            byte[] content = buffer.toByteArray();
            buffer.reset();
            stored(e.getFilename(), content);
        });
        chips.setId(id + "-files");
        chips.setWidth("100%");
        hint = Parts.text(id + "-hint", "");
        hint.addStyleName(ValoTheme.LABEL_SMALL);
        addComponents(upload, chips, hint);
        addAttachListener(e -> labelFileInput());
        refresh();
    }

    /** Vaadin's file input has no label of its own; screen readers (and axe) need one: the button's caption. */
    private void labelFileInput() {
        if (getUI() == null) {
            return;
        }
        String label = upload.getButtonCaption().replace("\\", "").replace("'", "");
        JavaScript.getCurrent().execute("var u=document.getElementById('" + id.replace("'", "") + "');"
                + "if(u){u.querySelectorAll('input[type=file]').forEach(function(i){i.setAttribute('aria-label','" + label + "');});}");
    }

    /** A finished file: stored by the service and shown as a chip, or its refusal under the button. */
    void stored(String fileName, byte[] content) {
        try {
            files.add(store.store(fileName, content));
            refresh();
        } catch (KabinetException ex) {
            showError(errorText.apply(ex));
        }
    }

    private void showError(String text) {
        if (getUI() != null) {
            FieldErrors.show(upload, text);
        }
    }

    /** The stored files' ids, for the message. */
    List<String> ids() {
        return files.stream().map(AttachmentInfo::id).toList();
    }

    List<AttachmentInfo> files() {
        return List.copyOf(files);
    }

    /** Empties it after the message went. */
    void clear() {
        files.clear();
        if (getUI() != null) {
            FieldErrors.clear(upload);
        }
        refresh();
    }

    Upload upload() {
        return upload;
    }

    private void refresh() {
        chips.removeAllComponents();
        for (int i = 0; i < files.size(); i++) {
            AttachmentInfo file = files.get(i);
            Label name = new Label(m.get("files.chip", file.name(), CommunicationTexts.size(file.size(), m)));
            name.setWidthUndefined();
            Button remove = Parts.plain(id + "-remove-" + i, "×", null);
            remove.addStyleName(ValoTheme.BUTTON_BORDERLESS);
            remove.addStyleName(ValoTheme.BUTTON_SMALL);
            remove.setDescription(m.get("files.remove", file.name()));
            remove.addClickListener(e -> {
                files.remove(file);
                refresh();
            });
            CssLayout chip = new CssLayout(name, remove);
            chip.setId(id + "-file-" + i);
            chip.addStyleName("kabinet-chip");
            chips.addComponent(chip);
        }
        chips.setVisible(!files.isEmpty());
        upload.setEnabled(files.size() < max);
        labelFileInput();
        hint.setValue(files.size() >= max ? m.get("files.full", max)
                : max == 1 ? m.get("files.hintOne") : m.get("files.hint", max, files.size()));
    }
}
