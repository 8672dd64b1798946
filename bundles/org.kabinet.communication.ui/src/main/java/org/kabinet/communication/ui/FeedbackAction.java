package org.kabinet.communication.ui;

import com.vaadin.ui.UI;
import java.util.Locale;
import org.kabinet.communication.api.Feedback;
import org.kabinet.ui.spi.FooterAction;
import org.kabinet.ui.spi.FooterContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** «Обратная связь» at the foot of every page, signed in or not: a dialog with name, contact and text ({@link FeedbackDialog}). */
@org.osgi.service.component.annotations.Component(service = FooterAction.class)
public class FeedbackAction implements FooterAction {
    private final Feedback feedback;

    @Activate
    public FeedbackAction(@Reference Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String id() {
        return "feedback";
    }

    @Override
    public String label(Locale locale) {
        return new Messages(locale).get("feedback.link");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void open(FooterContext context) {
        PageStyles.ensure();
        UI.getCurrent().addWindow(new FeedbackDialog(feedback, context, new Messages(context.locale())));
    }
}
