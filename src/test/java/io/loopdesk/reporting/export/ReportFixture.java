package io.loopdesk.reporting.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reports as the reporting module would build them, in Chinese with English mixed in. */
final class ReportFixture {

    static final String[] CHANNELS = {"邮件", "网页表单", "电话", "在线客服"};

    private ReportFixture() {}

    /** A monthly feedback report: figures, text, a bar chart and a table of {@code ticketRows} tickets. */
    static ReportDocument feedbackReport(int ticketRows) {
        return new ReportDocument(
                "用户反馈分析报告",
                "2026年11月 · 客服一组 (Support team 1)",
                Locale.SIMPLIFIED_CHINESE,
                List.of(
                        new Heading("概览 Overview"),
                        new Figures(List.of(
                                new Figures.Figure("工单总量", "1,234"),
                                new Figures.Figure("平均首次响应", "2.5 小时"),
                                new Figures.Figure("满意度", "92.5%"),
                                new Figures.Figure("SLA 达成率", "97%"))),
                        new Paragraph("本月工单量较上月增长 12%，主要来自网页表单。\nTickets grew 12% on last month."),
                        channelChart(Chart.Kind.BAR),
                        new Heading("Ticket details 工单明细"),
                        ticketTable(ticketRows)));
    }

    static Chart channelChart(Chart.Kind kind) {
        return new Chart(
                "各渠道工单量",
                kind,
                List.of(CHANNELS),
                List.of(
                        new Chart.Series("本月", List.of(420, 515, 180, 119)),
                        new Chart.Series("上月", List.of(398, 430, 201, 72))));
    }

    static Chart channelPie() {
        return new Chart(
                "渠道占比",
                Chart.Kind.PIE,
                List.of(CHANNELS),
                List.of(new Chart.Series("本月", List.of(420, 515, 180, 119))));
    }

    /** Tickets with a number, a Chinese title, a channel, hours taken and a rating that is sometimes missing. */
    static Table ticketTable(int rows) {
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(row(
                    "T2026110" + String.format("%04d", i),
                    "无法登录账户 #" + i,
                    CHANNELS[i % CHANNELS.length],
                    1000 + i,
                    new BigDecimal("1.50").add(BigDecimal.valueOf(i, 2)),
                    i % 7 == 0 ? null : i % 5 + 1));
        }
        return new Table(
                "工单明细",
                List.of(
                        Table.Column.text("编号"),
                        Table.Column.text("标题"),
                        new Table.Column("渠道", Table.Align.CENTER),
                        Table.Column.number("字数"),
                        Table.Column.number("处理时长(小时)"),
                        Table.Column.number("评分")),
                cells);
    }

    /** A row that may hold nulls, which {@code List.of} refuses. */
    static List<@Nullable Object> row(@Nullable Object... cells) {
        return Arrays.asList(cells);
    }
}
