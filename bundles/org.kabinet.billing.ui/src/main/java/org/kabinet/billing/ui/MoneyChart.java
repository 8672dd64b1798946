package org.kabinet.billing.ui;

import com.vaadin.annotations.JavaScript;
import com.vaadin.ui.AbstractJavaScriptComponent;
import java.util.List;

/**
 * A bar chart of charges and payments by month, drawn in the browser by Chart.js (MIT, shipped from its
 * WebJar beside this class). The same numbers stand in the history table under it, for screen readers
 * and for anyone who prefers numbers.
 */
@JavaScript({"chartjs/chart.umd.min.js", "money-chart-connector.js"})
public class MoneyChart extends AbstractJavaScriptComponent {
    private static final long serialVersionUID = 1L;

    public MoneyChart() {
        setWidth("100%");
        setHeight("260px");
    }

    public void show(List<String> months, List<Double> charged, List<Double> paid, String chargedLabel, String paidLabel,
                     String description) {
        MoneyChartState state = getState();
        state.labels = List.copyOf(months);
        state.charged = List.copyOf(charged);
        state.paid = List.copyOf(paid);
        state.chargedLabel = chargedLabel;
        state.paidLabel = paidLabel;
        state.summary = description;
    }

    @Override
    protected MoneyChartState getState() {
        return (MoneyChartState) super.getState();
    }
}
