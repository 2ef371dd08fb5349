package io.loopdesk.reporting;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.routing.Teams;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page in Chromium: figures and a drawn chart, a drill-down to the tickets, the exports downloaded. */
@IntegrationTest
@Tag("browser")
class ReportPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    ReportFold fold;

    @Autowired
    Teams teams;

    @Autowired
    BackgroundWork background;

    @Test
    void aSupervisorReadsTheReportDrillsDownToTheTicketsAndDownloadsTheTables() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        TicketView web = fixtures.ticketOf(customer);
        TicketView app =
                tickets.open(tenant.id(), Channel.APP, Fixtures.validTicket().build(), Fixtures.actor(customer));
        background.settle();
        fold.foldPending();

        WebDriver page = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/reports");
        assertThat(text(page, "#f-received")).isEqualTo("2");
        assertThat(text(page, "#breakdown")).contains("网页表单", "App");
        waitUntil(
                page,
                d -> d.findElements(By.cssSelector("#chart-volume[data-drawn=true] svg"))
                                .size()
                        == 1);
        assertThat(text(page, "#chart-volume")).contains("受理量", "解决量");
        assertThat(text(page, "#top-words")).contains("门锁", "wifi");
        assertThat(Browser.console(page)).isEmpty();
        Browser.screenshot(page, "test-reports-period-zh");

        page.findElement(By.cssSelector("#breakdown a[href*='channel=APP']")).click();
        waitUntil(page, d -> d.getCurrentUrl().contains("/desk"));
        assertThat(text(page, "#queue")).contains(app.number()).doesNotContain(web.number());

        // the report of the app's tickets alone: its chart's bar of the day opens that day's app tickets
        page.get(fixtures.baseUrl() + "/reports?dimension=channel&value=APP");
        waitUntil(
                page,
                d -> d.findElements(By.cssSelector("#chart-volume[data-drawn=true] svg"))
                                .size()
                        == 1);
        WebElement chart = page.findElement(By.id("chart-volume"));
        // where the drawn bar of received tickets is, as ECharts laid it out, measured from the chart's centre
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) ((JavascriptExecutor) page)
                .executeScript(
                        "var el = arguments[0], chart = echarts.getInstanceByDom(el);"
                                + " el.scrollIntoView({block: 'center'});"
                                + " var received = chart.getOption().series[0].data;"
                                + " var i = received.findIndex(function (n) { return n > 0; });"
                                + " var box = chart.getModel().getSeriesByIndex(0).getData().getItemLayout(i);"
                                + " var outer = el.getBoundingClientRect();"
                                + " var drawn = el.querySelector('svg').getBoundingClientRect();"
                                + " return [drawn.left - outer.left + box.x + box.width / 2 - outer.width / 2,"
                                + " drawn.top - outer.top + box.y + box.height / 2 - outer.height / 2, box.height];",
                        chart);
        assertThat(Math.abs(bar.get(2).doubleValue())).as("a drawn bar").isPositive();
        new Actions(page)
                .moveToElement(chart, bar.get(0).intValue(), bar.get(1).intValue())
                .click()
                .perform();
        waitUntil(page, d -> d.getCurrentUrl().contains("/desk"));
        assertThat(page.getCurrentUrl()).contains("channel=APP");
        assertThat(text(page, "#queue")).contains(app.number()).doesNotContain(web.number());

        // the downloads as a supervisor gets them: Chromium follows the links and saves the files
        page.get(fixtures.baseUrl() + "/reports");
        page.findElement(By.id("export-xlsx")).click();
        Path xlsx = browser.downloaded(page, ".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).contains("按周期", "分组明细", "当前未结");
            var rows = workbook.getSheets()
                    .filter(s -> s.getName().equals("分组明细"))
                    .findFirst()
                    .orElseThrow()
                    .read();
            assertThat(rows.get(0).getCell(1).asString()).isEqualTo("受理量");
            assertThat(rows.stream()
                            .skip(1)
                            .mapToInt(r -> r.getCell(1).asNumber().intValue())
                            .sum())
                    .isEqualTo(2);
        }
        page.findElement(By.id("export-csv")).click();
        String text = Files.readString(browser.downloaded(page, "-series.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("受理量");

        // what is open now, by channel, opens those tickets oldest first
        assertThat(text(page, "#open-now")).contains("最早登记日", "今天登记");
        page.findElement(By.cssSelector("#open-now tbody tr a")).click();
        waitUntil(page, d -> d.getCurrentUrl().contains("/desk"));
        assertThat(page.getCurrentUrl()).contains("status=NEW").contains("order=OLDEST");
    }

    @Test
    void theLiveWallDrawsTodayBesideLastWeekAndRefreshesItself() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        TicketView ticket = fixtures.ticketOf(fixtures.customer(tenant));
        background.settle();
        fold.foldPending();

        WebDriver page = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/reports/wall");
        waitUntil(
                page,
                d -> d.findElements(By.cssSelector("#chart-arrivals[data-drawn=true] svg"))
                                .size()
                        == 1);
        assertThat(text(page, "#w-received")).isEqualTo("1");
        assertThat(text(page, "#w-oldest")).contains(ticket.number());
        assertThat(text(page, "#w-ages")).contains("待处理", "不到 1 天");
        assertThat(text(page, "#chart-arrivals")).contains("今日", "上周同日");
        assertThat(page.findElement(By.id("wall")).getAttribute("hx-trigger")).isEqualTo("every 30s");
        assertThat(Browser.console(page)).isEmpty();
        Browser.screenshot(page, "test-reports-wall-zh");
    }

    @Test
    void aSupervisorPicksAnAgentsScorecardFromTheChooser() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        teams.create(tenant.id(), "售后一组", null);
        TicketView ticket = fixtures.ticketOf(fixtures.customer(tenant));
        tickets.assign(ticket.number(), agent.id(), null, Fixtures.actor(supervisor));
        background.settle();
        fold.foldPending();

        WebDriver page = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/reports/scorecard");
        assertThat(text(page, "#r-subject")).contains("售后一组", agent.displayName());
        new Select(page.findElement(By.id("r-subject"))).selectByVisibleText(agent.displayName());
        page.findElement(By.cssSelector("#report-filters button[type=submit]")).click();
        waitUntil(page, d -> d.getCurrentUrl().contains("subject=agent"));
        assertThat(text(page, "#f-received")).isEqualTo("1");
        assertThat(new Select(page.findElement(By.id("r-subject")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(agent.displayName());
    }

    @Test
    void anAgentLandsOnTheirOwnScorecard() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        WebDriver page = browser.open(Browser.DESKTOP, "en-US");
        signIn(page, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/reports");
        waitUntil(page, d -> d.getCurrentUrl().contains("/reports/scorecard"));
        assertThat(text(page, "h1")).isEqualTo("Scorecard");
        assertThat(text(page, "#f-received")).isEqualTo("0");
        page.get(fixtures.baseUrl() + "/reports/scorecard?agent=1");
        assertThat(text(page, "[role=alert]")).contains("your own scorecard");
    }
}
