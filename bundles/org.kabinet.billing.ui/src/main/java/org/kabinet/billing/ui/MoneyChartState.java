package org.kabinet.billing.ui;

import com.vaadin.shared.ui.JavaScriptComponentState;
import java.util.List;

/** What the chart shows: months, charged and paid amounts per month, and the legend and description. */
public class MoneyChartState extends JavaScriptComponentState {
    private static final long serialVersionUID = 1L;
    public List<String> labels = List.of();
    public List<Double> charged = List.of();
    public List<Double> paid = List.of();
    public String chargedLabel = "";
    public String paidLabel = "";
    public String summary = "";
}
