package org.kabinet.communication.ui;

import com.vaadin.ui.UI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * The few style rules of the communication pages (posts told apart, file chips, the invisible honeypot),
 * added to the page once per browser window: the portal's theme lives in the portal bundle and a module
 * cannot add to it, so these come with the module.
 */
final class PageStyles {
    /** The honeypot field's class: out of sight and reach for people, still in the form for bots. */
    static final String HONEYPOT = "kabinet-hp";
    /** Toolbar buttons of Vaadin's rich text editor whose formatting the sanitiser removes; GWT gives them only a title. */
    static final List<String> DROPPED_TOOLS = List.of("Toggle Subscript", "Toggle Superscript", "Left Justify", "Center",
            "Right Justify", "Toggle Strikethrough", "Indent Right", "Indent Left", "Insert Horizontal Rule", "Insert Image");
    private static final String RICH_TEXT_DROPPED = DROPPED_TOOLS.stream()
            .map(t -> ".kabinet-communication .gwt-RichTextToolbar-top>[title='" + t + "']")
            .collect(Collectors.joining(",", "", "{display:none;}"));
    static final String CSS = String.join("\n",
            ".kabinet-hp{position:absolute !important;left:-10000px !important;top:auto !important;width:1px !important;"
                    + "height:1px !important;overflow:hidden !important;}",
            ".kabinet-post{border-radius:6px;padding:8px 12px !important;max-width:100%;box-sizing:border-box;}",
            ".kabinet-post-mine{background:#eef4fa;border:1px solid #c9d9e8;}",
            ".kabinet-post-company{background:#fff;border:1px solid var(--kabinet-border,#c9d2dc);"
                    + "border-left:4px solid var(--kabinet-brand,#1f5f8b);}",
            ".kabinet-post-note{background:#fff8e1;border:1px dashed #7a4f00;}",
            ".kabinet-post-author{font-size:14px;color:var(--kabinet-muted,#4f5b66);}",
            ".kabinet-post-text{white-space:pre-wrap;overflow-wrap:anywhere;}",
            ".kabinet-chip{display:inline-flex !important;align-items:center;gap:4px;max-width:100%;border:1px solid var(--kabinet-border,#c9d2dc);"
                    + "border-radius:16px;padding:0 4px 0 12px;margin:0 8px 8px 0;background:#fff;}",
            ".kabinet-chip .v-label{overflow-wrap:anywhere;}",
            ".kabinet-unread{font-weight:700;}",
            ".v-grid-row.kabinet-unread .v-grid-cell{font-weight:700;}",
            ".kabinet-tag{display:inline-block;font-size:13px;font-weight:500;padding:1px 8px;border-radius:10px;"
                    + "background:var(--kabinet-brand,#1f5f8b);color:#fff;margin-right:6px;}",
            ".kabinet-tag-urgent{background:#b3261e;}",
            ".kabinet-thread-row{cursor:pointer;}",
            ".kabinet-counter{color:var(--kabinet-muted,#4f5b66);text-align:right;}",
            ".kabinet-html{overflow-wrap:anywhere;}",
            ".kabinet-html img{max-width:100%;height:auto;}",
            ".kabinet-communication .v-richtextarea{max-width:100%;}",
            // cards in a list: Valo's layout margins leave a tall empty band under the small last line
            ".kabinet-list-card{padding:12px 16px !important;}",
            // long choices («Срочное — ещё и SMS на подтверждённые телефоны») wrap on a phone instead of running off
            ".kabinet-communication .v-select-optiongroup{max-width:100%;}",
            ".kabinet-communication .v-select-optiongroup .v-radiobutton,.kabinet-communication .v-select-optiongroup label"
                    + "{white-space:normal;}",
            // the editor offers only what the announcement sanitiser keeps: no colours, fonts, sizes, alignment,
            // sub/superscript, strike-through, indents, rules or images (all of them would silently vanish)
            ".kabinet-communication .gwt-RichTextToolbar-bottom{display:none;}",
            RICH_TEXT_DROPPED);
    private static final Map<UI, Boolean> DONE = Collections.synchronizedMap(new WeakHashMap<>());

    private PageStyles() {
    }

    /** Adds the rules to the current browser window unless they are there already. */
    static void ensure() {
        UI ui = UI.getCurrent();
        if (ui != null && DONE.putIfAbsent(ui, Boolean.TRUE) == null) {
            ui.getPage().getStyles().add(CSS);
        }
    }
}
