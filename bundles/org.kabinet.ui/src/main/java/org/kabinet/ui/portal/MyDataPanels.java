package org.kabinet.ui.portal;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.PersonalData;

/**
 * The tenant's own data in the cabinet: the «Мои данные» section of the profile (downloads and the
 * deletion), the dialog that deletes the account, and the page that asks for the consent to a new text.
 */
final class MyDataPanels {
    private MyDataPanels() {
    }

    /** The profile's section: what is kept, the two downloads and the deletion. */
    static Component section(PersonalData data, String tenantId, String token, Messages m,
                             Function<KabinetException, String> errorText, Runnable deleted) {
        Label title = new Label(m.get("mydata.title"));
        title.addStyleName(ValoTheme.LABEL_H3);
        Label hint = Forms.text(m.get("mydata.hint"));
        Button json = new Button(m.get("mydata.json"));
        json.setId("mydata-json");
        json.setIcon(com.vaadin.icons.VaadinIcons.DOWNLOAD);
        download(json, "my-data.json", () -> JsonText.write(data.export(tenantId)).getBytes(StandardCharsets.UTF_8));
        Button pdf = new Button(m.get("mydata.pdf"));
        pdf.setId("mydata-pdf");
        pdf.setIcon(com.vaadin.icons.VaadinIcons.DOWNLOAD);
        download(pdf, "my-data.pdf", () -> data.exportPdf(tenantId));
        CssLayout downloads = new CssLayout(json, pdf);
        downloads.addStyleName("kabinet-filters");
        downloads.setWidth("100%");
        Label deleteHint = Forms.text(m.get("mydata.deleteHint"));
        Button delete = new Button(m.get("mydata.delete"), e -> openDeletion(data, token, m, errorText, deleted));
        delete.setId("mydata-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        VerticalLayout section = new VerticalLayout(title, hint, downloads, deleteHint, delete);
        section.setMargin(false);
        section.setId("profile-mydata-section");
        return section;
    }

    private static void download(Button button, String fileName, java.util.function.Supplier<byte[]> content) {
        StreamResource resource = new StreamResource(() -> new ByteArrayInputStream(content.get()), fileName);
        resource.setCacheTime(0);
        resource.setMIMEType(fileName.endsWith(".pdf") ? "application/pdf" : "application/json");
        new FileDownloader(resource).extend(button);
    }

    /**
     * The dialog that deletes the account: what happens, in plain words, and the password. On success
     * {@code deleted} runs (the page then says it is done and leads to sign-in).
     */
    static void openDeletion(PersonalData data, String token, Messages m, Function<KabinetException, String> errorText,
                             Runnable deleted) {
        Window window = new Window(m.get("mydata.deleteTitle"));
        window.setId("mydata-delete-dialog");
        window.setModal(true);
        window.setResizable(false);
        // the window's own width: nearly the whole phone, a readable column on a wide screen
        window.setWidth(UI.getCurrent().getPage().getBrowserWindowWidth() < 620 ? "94%" : "560px");
        VerticalLayout body = new VerticalLayout();
        body.addComponent(Forms.text(m.get("mydata.deleteIntro")));
        for (String point : List.of("mydata.deletePoint1", "mydata.deletePoint2", "mydata.deletePoint3", "mydata.deletePoint4",
                "mydata.deletePoint5")) {
            body.addComponent(Forms.text("• " + m.get(point)));
        }
        body.addComponent(Forms.text(m.get("mydata.deleteExport")));
        PasswordField password = new PasswordField(m.get("field.currentPassword"));
        password.setId("mydata-delete-password");
        password.setWidth("100%");
        org.kabinet.ui.spi.InputHints.autocomplete(password, "current-password");
        Label result = Forms.message("mydata-delete-result", "");
        Button confirm = new Button(m.get("mydata.deleteConfirm"), e -> {
            Forms.clearErrors(password);
            result.setValue("");
            try {
                data.deleteAccount(token, password.getValue());
                window.close();
                deleted.run();
            } catch (ValidationException ex) {
                Forms.show(ex, errorText.apply(ex), Map.of("password", password), password);
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        confirm.setId("mydata-delete-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_DANGER);
        Button cancel = new Button(m.get("mydata.deleteCancel"), e -> window.close());
        cancel.setId("mydata-delete-cancel");
        CssLayout buttons = new CssLayout(confirm, cancel);
        buttons.addStyleName("kabinet-filters");
        body.addComponents(password, buttons, result);
        window.setContent(body);
        UI.getCurrent().addWindow(window);
        password.focus();
    }

    /** What the profile shows once the account is deleted: done, the letter, and the way out. */
    static Component deletedNotice(String email, Messages m, Runnable toSignIn) {
        VerticalLayout notice = new VerticalLayout();
        notice.setMargin(false);
        notice.setId("mydata-deleted");
        Label done = Forms.text(m.get("mydata.deleted", email));
        done.addStyleName("kabinet-ok");
        Button out = Forms.primary("mydata-deleted-signin", m.get("mydata.deletedSignIn"), e -> toSignIn.run());
        notice.addComponents(done, out);
        return notice;
    }

    /**
     * The page that stands before the cabinet while the tenant has not agreed to the consent text in
     * force: the text, «Даю согласие», and the way to withdraw (which deletes the account).
     */
    static Component consentGate(PersonalData data, String tenantId, String token, String email, Messages m,
                                 Function<KabinetException, String> errorText, Runnable agreed, Runnable toSignIn,
                                 java.util.function.Consumer<Component> show) {
        ConsentText text = data.consentText();
        VerticalLayout page = new VerticalLayout();
        page.setId("consent-gate");
        page.setMargin(false);
        page.setWidth("100%");
        Label title = new Label(m.get("consent.title"));
        title.addStyleName(ValoTheme.LABEL_H2);
        title.addStyleName("kabinet-page-title");
        page.addComponents(title, Forms.text(m.get("consent.intro")));
        VerticalLayout document = new VerticalLayout();
        document.setId("consent-text");
        document.addStyleName("kabinet-card");
        document.setWidth("100%");
        for (String paragraph : text.text().split("\\n\\s*\\n")) {
            document.addComponent(Forms.text(paragraph.strip()));
        }
        document.addComponent(Forms.text(m.get("consent.version", text.version())));
        Label result = Forms.message("consent-result", "");
        Button agree = Forms.primary("consent-agree", m.get("consent.agree"), e -> {
            try {
                data.giveConsent(tenantId, text.version());
                agreed.run();
            } catch (ValidationException ex) {
                result.setValue(errorText.apply(ex));
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        Button withdraw = new Button(m.get("consent.withdraw"), e -> openDeletion(data, token, m, errorText,
                () -> show.accept(deletedNotice(email, m, toSignIn))));
        withdraw.setId("consent-withdraw");
        withdraw.addStyleName(ValoTheme.BUTTON_DANGER);
        CssLayout buttons = new CssLayout(agree, withdraw);
        buttons.addStyleName("kabinet-filters");
        buttons.setWidth("100%");
        page.addComponents(document, Forms.text(m.get("consent.withdrawHint")), buttons, result);
        return page;
    }
}
