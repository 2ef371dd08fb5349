package io.loopdesk.reporting.export;

import static io.loopdesk.reporting.export.ReportFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    private static final List<Table.Column> TWO_COLUMNS = List.of(Table.Column.text("渠道"), Table.Column.number("工单量"));

    @Test
    void aRowWithTooFewOrTooManyCellsIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> new Table("工单明细", TWO_COLUMNS, List.of(row("邮件", 1), row("电话"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table '工单明细', row 2 has 1 cells, but the table has 2 columns");
        assertThatThrownBy(() -> new Table("工单明细", TWO_COLUMNS, List.of(row("邮件", 1, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table '工单明细', row 1 has 3 cells, but the table has 2 columns");
    }

    @Test
    void aCellIsTextANumberOrEmpty() {
        assertThatThrownBy(() -> new Table("工单明细", TWO_COLUMNS, List.of(row("邮件", LocalDate.of(2026, 11, 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table '工单明细', row 1: a cell is a String, a Number or null, not a java.time.LocalDate");
        assertThat(new Table("工单明细", TWO_COLUMNS, List.of(row(null, null))).rows())
                .containsExactly(row(null, null));
    }

    @Test
    void aReportNeedsATitle() {
        assertThatThrownBy(() -> new ReportDocument(null, null, Locale.CHINA, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report's title is required, but was null");
        assertThatThrownBy(() -> new ReportDocument(" ", null, Locale.CHINA, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report's title is required, but was blank");
    }

    @Test
    void aReportNeedsALocaleAndBlocksWithoutGaps() {
        assertThatThrownBy(() -> new ReportDocument("报告", null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report's locale is required, but was null");
        List<Block> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new ReportDocument("报告", null, Locale.CHINA, withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report's blocks must not contain null");
    }

    @Test
    void aSeriesHasOneValuePerCategory() {
        assertThatThrownBy(() -> new Chart(
                        "各渠道工单量",
                        Chart.Kind.BAR,
                        List.of("邮件", "电话"),
                        List.of(new Chart.Series("本月", List.of(1, 2, 3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Series '本月' of chart '各渠道工单量' has 3 values, but the chart has 2 categories");
    }

    @Test
    void aPieShowsOneSeries() {
        assertThatThrownBy(() -> new Chart(
                        "渠道占比",
                        Chart.Kind.PIE,
                        List.of("邮件"),
                        List.of(new Chart.Series("本月", List.of(1)), new Chart.Series("上月", List.of(2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pie chart '渠道占比' shows one series, but was given 2");
    }

    @Test
    void aChartNamesEachCategoryAndSeriesOnce() {
        assertThatThrownBy(() -> new Chart(
                        "各渠道工单量", Chart.Kind.BAR, List.of("邮件", "邮件"), List.of(new Chart.Series("本月", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chart '各渠道工单量' has the category '邮件' twice");
    }

    @Test
    void aMissingValueIsAGapNotAnError() {
        List<@Nullable Number> values = new ArrayList<>();
        values.add(null);
        values.add(3);
        assertThat(new Chart.Series("本月", values).values()).containsExactly(null, 3);
    }

    @Test
    void theModelKeepsItsOwnCopies() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        rows.add(row("邮件", 1));
        Table table = new Table("渠道", TWO_COLUMNS, rows);
        rows.add(row("电话", 2));
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void aReportsTablesAreItsTableBlocksInOrder() {
        ReportDocument report = ReportFixture.feedbackReport(3);
        assertThat(report.tables()).extracting(Table::title).containsExactly("工单明细");
    }
}
