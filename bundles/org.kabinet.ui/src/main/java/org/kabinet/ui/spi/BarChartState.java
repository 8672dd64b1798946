package org.kabinet.ui.spi;

import com.vaadin.shared.ui.JavaScriptComponentState;
import java.util.List;

/** What {@link BarChart} sends to the browser: the labels, each series' name, colour and values, how numbers read. */
public class BarChartState extends JavaScriptComponentState {
    private static final long serialVersionUID = 1L;
    public List<String> labels = List.of();
    public List<String> seriesLabels = List.of();
    public List<String> colours = List.of();
    public List<List<Double>> values = List.of();
    public String unit = "";
    public int minDecimals;
    public int maxDecimals = 2;
    public boolean stacked;
    public String numberLocale = "ru-RU";
    public String summary = "";
}
