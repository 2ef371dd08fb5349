package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page's downloads and the monthly report subscription over HTTP, for those who may and those who may not. */
@IntegrationTest
class ReportDownloadsHttpTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReportFold fold;

    @Autowired
    BackgroundWork background;

    @Autowired
    io.loopdesk.ticket.Tickets tickets;

    @Autowired
    java.time.Clock clock;

    @Test
    void aSupervisorDownloadsEachTableAndTheWorkbook() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        fixtures.ticketOf(fixtures.customer(tenant));
        background.settle();
        fold.foldPending();
        WebSession pages = fixtures.pages(supervisor);

        Api.Download words = pages.download("/reports/export.csv?table=words");
        assertThat(words.status()).isEqualTo(200);
        assertThat(words.header("Content-Type")).startsWith("text/csv");
        assertThat(new String(words.body(), StandardCharsets.UTF_8)).contains("Words used most", "门锁");
        Api.Download unknown = pages.download("/reports/export.csv?table=weather");
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8))
                .as("an unknown table is the series")
                .contains("Period");

        Api.Download workbook = pages.download("/reports/export.xlsx");
        assertThat(workbook.status()).isEqualTo(200);
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
            List<String> sheets = read.getSheets().map(sheet -> sheet.getName()).toList();
            assertThat(sheets).contains("By period", "Top categories", "Words used most", "Phrases used most");
        }

        Api.Download agents = fixtures.pages(fixtures.staff(tenant, Role.AGENT)).download("/reports/export.xlsx");
        assertThat(agents.status()).isEqualTo(403);
        Api.Download refused = pages.download("/reports/export.csv?from=2026-11-10&to=2026-11-01");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void noContactDetailReachesAnyDownload() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        for (int i = 0; i < 3; i++) {
            tickets.open(
                    tenant.id(),
                    io.loopdesk.ticket.value.Channel.WEB,
                    Fixtures.validTicket()
                            .title("门锁离线 请回电 13812345678")
                            .description(
                                    "门锁离线，请联系 13812345678 或 wang.fang@example.com，详见 https://example.com/order/8899")
                            .build(),
                    Fixtures.actor(customer));
        }
        background.settle();
        fold.foldPending();
        WebSession pages = fixtures.pages(supervisor);
        String month = java.time.YearMonth.now(clock).toString();

        List<String> downloads = new java.util.ArrayList<>();
        for (String table : List.of("series", "breakdown", "categories", "products", "words", "phrases", "signals")) {
            downloads.add(new String(
                    pages.download("/reports/export.csv?table=" + table).body(), StandardCharsets.UTF_8));
        }
        try (ReadableWorkbook read = new ReadableWorkbook(
                new ByteArrayInputStream(pages.download("/reports/export.xlsx").body()))) {
            read.getSheets().forEach(sheet -> {
                try {
                    sheet.read().forEach(row -> row.forEach(cell -> downloads.add(cell == null ? "" : cell.getText())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                pages.download("/reports/monthly.pdf?month=" + month).body())) {
            downloads.add(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf));
        }
        assertThat(String.join("\n", downloads))
                .as("the words were counted")
                .contains("门锁")
                .doesNotContain("13812345678", "12345678", "wang.fang", "example.com", "8899");
    }

    @Test
    void supervisorsSubscribeToTheMonthlyReportAndQaCannot() {
        TenantInfo tenant = fixtures.tenant();
        WebSession supervisor = fixtures.pages(fixtures.staff(tenant, Role.SUPERVISOR));
        supervisor.get("/reports");

        WebSession.Page subscribed = supervisor.post("/reports/subscription", Map.of("subscribe", "true"));
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(subscribed.html().select("#monthly-subscribe").text()).isEqualTo("Stop the monthly e-mail");
        WebSession.Page unsubscribed = supervisor.post("/reports/subscription", Map.of("subscribe", "false"));
        assertThat(unsubscribed.html().select("#monthly-subscribe").text()).isEqualTo("E-mail me the monthly report");

        WebSession qa = fixtures.pages(fixtures.staff(tenant, Role.QA));
        qa.get("/reports");
        assertThat(qa.post("/reports/subscription", Map.of("subscribe", "true")).status())
                .isEqualTo(403);
    }
}
