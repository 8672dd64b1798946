package org.kabinet.ui.spi;

import com.vaadin.annotations.JavaScript;
import com.vaadin.ui.AbstractJavaScriptComponent;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart by month (or any labels), drawn in the browser by Chart.js (MIT, shipped from its WebJar
 * beside this class): charges and payments on the billing page, consumption on the meters page. The
 * chart is an image with {@code description} as its text for screen readers; a page shows the same
 * numbers in a table too, for anyone who prefers numbers.
 */
@JavaScript({"chartjs/chart.umd.min.js", "bar-chart-connector.js"})
public class BarChart extends AbstractJavaScriptComponent {
    private static final long serialVersionUID = 1L;

    /** One series of bars: its name in the legend, its CSS colour ({@code #1f5f8b}) and a value per label (null: no bar). */
    public record Series(String label, String colour, List<Double> values) {
    }

    public BarChart() {
        setWidth("100%");
        setHeight("260px");
    }

    /**
     * What numbers are: the unit written after them on the axis and in the tooltips («₽», «м³»), and the
     * decimals a tooltip shows (money: 2 and 2; volumes: 0 to 3).
     */
    public BarChart unit(String unit, int minDecimals, int maxDecimals) {
        BarChartState state = getState();
        state.unit = unit == null ? "" : unit;
        state.minDecimals = minDecimals;
        state.maxDecimals = Math.max(minDecimals, maxDecimals);
        return this;
    }

    /** Series stacked into one bar per label (parts of one whole) instead of standing side by side. */
    public BarChart stacked(boolean stacked) {
        getState().stacked = stacked;
        return this;
    }

    /** Draws the series; {@code description} says in words what the chart shows. */
    public BarChart show(List<String> labels, List<Series> series, String description) {
        BarChartState state = getState();
        state.labels = List.copyOf(labels);
        state.seriesLabels = series.stream().map(Series::label).toList();
        state.colours = series.stream().map(Series::colour).toList();
        // List.copyOf refuses nulls, and a null is a month without a bar
        state.values = series.stream().map(s -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(s.values()))).toList();
        state.summary = description;
        return this;
    }

    @Override
    public void beforeClientResponse(boolean initial) {
        super.beforeClientResponse(initial);
        Locale locale = getLocale();
        String tag = locale != null && locale.getLanguage().equals("en") ? "en-GB" : "ru-RU";
        if (!tag.equals(getState(false).numberLocale)) {
            getState().numberLocale = tag;
        }
    }

    @Override
    protected BarChartState getState() {
        return (BarChartState) super.getState();
    }

    @Override
    protected BarChartState getState(boolean markAsDirty) {
        return (BarChartState) super.getState(markAsDirty);
    }
}
