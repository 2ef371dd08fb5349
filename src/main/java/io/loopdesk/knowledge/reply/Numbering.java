package io.loopdesk.knowledge.reply;

/** How the points of a multi-point answer (lines starting with "- ") are numbered. */
public enum Numbering {
    /** 1. 2. 3. */
    ARABIC,
    /** 一、二、三、 */
    CHINESE;

    private static final String DIGITS = "零一二三四五六七八九";

    /** The marker of point {@code n} (from 1), with its separator. */
    public String marker(int n) {
        return this == ARABIC ? n + ". " : chinese(n) + "、";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond that, digits. */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                    + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        return String.valueOf(n);
    }
}
