package io.loopdesk.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public holidays and make-up working days of mainland China in 2026, as the State Council set them:
 * 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04 (published by Xinhua, on gov.cn at
 * https://www.gov.cn/zhengce/content/202511/content_7047090.htm). Starting data for a tenant admin to load and edit;
 * each year needs its own notice, published around November of the year before.
 */
public final class ChinaHolidays2026 {

    /** Where the dates come from. */
    public static final String SOURCE = "https://www.gov.cn/zhengce/content/202511/content_7047090.htm";

    /** The 2026 schedule: 33 days off and 6 make-up working days. */
    public static final HolidaySchedule SCHEDULE = schedule();

    private ChinaHolidays2026() {}

    private static HolidaySchedule schedule() {
        List<SpecialDay> days = new ArrayList<>();
        // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        off(days, "元旦", "2026-01-01", "2026-01-03");
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-01-04"), "元旦"));
        // 二、春节：2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        off(days, "春节", "2026-02-15", "2026-02-23");
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-02-14"), "春节"));
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-02-28"), "春节"));
        // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        off(days, "清明节", "2026-04-04", "2026-04-06");
        // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        off(days, "劳动节", "2026-05-01", "2026-05-05");
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-05-09"), "劳动节"));
        // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        off(days, "端午节", "2026-06-19", "2026-06-21");
        // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        off(days, "中秋节", "2026-09-25", "2026-09-27");
        // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        off(days, "国庆节", "2026-10-01", "2026-10-07");
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-09-20"), "国庆节"));
        days.add(SpecialDay.makeUpWorkday(LocalDate.parse("2026-10-10"), "国庆节"));
        return HolidaySchedule.of(days);
    }

    private static void off(List<SpecialDay> days, String name, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate date = LocalDate.parse(first); !date.isAfter(end); date = date.plusDays(1)) {
            days.add(SpecialDay.holiday(date, name));
        }
    }
}
