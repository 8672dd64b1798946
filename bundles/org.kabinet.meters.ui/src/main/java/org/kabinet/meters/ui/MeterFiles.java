package org.kabinet.meters.ui;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.ui.spi.AdminContext;

/**
 * The files of «Счётчики»: meters from CSV and readings of controllers' rounds from CSV (all or nothing,
 * every bad line listed), and a month's readings as CSV for an external billing system.
 */
final class MeterFiles {
    /** The largest file taken from the browser, as the other staff uploads. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private final MeterAdministration admin;
    private final AdminContext context;
    private final Messages m;
    private final YearMonth thisMonth;

    MeterFiles(MeterAdministration admin, YearMonth thisMonth, AdminContext context, Messages m) {
        this.admin = admin;
        this.thisMonth = thisMonth;
        this.context = context;
        this.m = m;
    }

    Component build() {
        VerticalLayout files = new VerticalLayout(
                upload("meters", bytes -> admin.importMeters(bytes, context.staffName())),
                upload("readings", bytes -> admin.importReadings(bytes, context.staffName())),
                export());
        files.setMargin(false);
        files.setId("admin-meters-files");
        return files;
    }

    /** An upload of one kind of CSV: what it stored, or each bad line and nothing stored. */
    private Component upload(String kind, Function<byte[], ImportResult> load) {
        Label result = Parts.line("admin-" + kind + "-import-result");
        result.setVisible(false);
        Grid<ImportResult.LineProblem> problems = new Grid<>();
        problems.setId("admin-" + kind + "-import-problems");
        problems.setWidth("100%");
        problems.addColumn(ImportResult.LineProblem::line).setCaption(m.get("admin.line")).setWidth(100);
        problems.addColumn(ImportResult.LineProblem::reason).setCaption(m.get("admin.reason"));
        problems.setVisible(false);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Upload upload = new Upload(null, (name, mime) -> {
            buffer.reset();
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (buffer.size() + len > MAX_FILE_BYTES) {
                        throw new IOException("too large");
                    }
                    buffer.write(b, off, len);
                }
            };
        });
        upload.setId("admin-" + kind + "-upload");
        upload.setButtonCaption(m.get("admin.upload"));
        upload.setImmediateMode(true);
        upload.addFailedListener(e -> Parts.show(result, new MeterTexts.Note(m.get("admin.tooLarge", MAX_FILE_BYTES / (1024 * 1024)),
                MeterTexts.Tone.ERROR)));
        upload.addSucceededListener(e -> {
            byte[] file = buffer.toByteArray();
            buffer.reset();
            problems.setVisible(false);
            try {
                ImportResult done = load.apply(file);
                if (done.accepted()) {
                    Parts.show(result, new MeterTexts.Note(m.get("admin.imported." + kind, done.stored(), e.getFilename()), MeterTexts.Tone.OK));
                } else {
                    Parts.show(result, new MeterTexts.Note(m.get("admin.importRejected", done.problems().size()), MeterTexts.Tone.ERROR));
                    problems.setItems(done.problems());
                    problems.setHeightByRows(Math.max(1, Math.min(10, done.problems().size())));
                    problems.setVisible(true);
                }
            } catch (KabinetException ex) {
                Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
            }
        });
        return Parts.section("admin-" + kind + "-import", m.get("admin.import." + kind), Parts.text(m.get("admin.format." + kind)), upload,
                result, problems);
    }

    /** A month's readings (the current one of each meter) as CSV, built when «Скачать» is clicked. */
    private Component export() {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < 24; back++) {
            months.add(thisMonth.minusMonths(back));
        }
        ComboBox<YearMonth> period = Parts.combo("admin-readings-period", m.get("admin.exportPeriod"), months, p -> MeterTexts.month(p, m));
        period.setValue(thisMonth);
        Button download = Parts.primary("admin-readings-export", m.get("admin.exportDownload"), null);
        StreamResource csv = new StreamResource(null, "readings.csv");
        csv.setMIMEType("text/csv; charset=UTF-8");
        csv.setCacheTime(0);
        csv.setStreamSource(() -> {
            YearMonth month = period.getValue();
            csv.setFilename("readings-" + month + ".csv");
            return new ByteArrayInputStream(admin.exportReadings(month));
        });
        new FileDownloader(csv).extend(download);
        return Parts.section("admin-readings-export-section", m.get("admin.export"), Parts.text(m.get("admin.exportHint")),
                Parts.cells(period), download);
    }
}
