package io.loopdesk.routing.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Analyzed text as the units phrases are matched on: each character of a Chinese token, each other token whole.
 *
 * <p>Splitting Chinese tokens into characters makes matching independent of how smartcn happened to segment the
 * phrase and the text: it segments 音画不同步 alone as 音|画|不同|步 but 音画不同步，声音比画面快 as 音|画|不|同步. A
 * phrase still matches only a run of <em>whole</em> tokens of the text, so 连麦 does not match 连|麦克风 and 登录
 * does not match 登录器, and English tokens must be equal (the stem {@code lag} does not match {@code flag}).
 */
final class Units {

    private final List<String> units = new ArrayList<>();
    /** Unit i is the first of its token. */
    private final BitSet startsToken = new BitSet();
    /** Unit i is the last of its token. */
    private final BitSet endsToken = new BitSet();
    /** Dropped punctuation lies between unit i - 1 and unit i. */
    private final BitSet gapBefore = new BitSet();

    private Units(List<Token> tokens) {
        int previous = Integer.MIN_VALUE;
        for (Token token : tokens) {
            boolean gap = previous != Integer.MIN_VALUE && token.position() > previous + 1;
            List<String> parts = token.han()
                    ? token.term().codePoints().mapToObj(Character::toString).toList()
                    : List.of(token.term());
            for (int i = 0; i < parts.size(); i++) {
                int index = units.size();
                units.add(parts.get(i));
                startsToken.set(index, i == 0);
                endsToken.set(index, i == parts.size() - 1);
                gapBefore.set(index, i == 0 && gap);
            }
            previous = token.position();
        }
    }

    static Units of(List<Token> tokens) {
        return new Units(tokens);
    }

    int size() {
        return units.size();
    }

    String unit(int index) {
        return units.get(index);
    }

    boolean startsToken(int index) {
        return startsToken.get(index);
    }

    /**
     * Whether {@code phrase} occurs at unit {@code start}: the same units, punctuation in the same places, beginning
     * at the start of a token and ending at the end of one.
     */
    boolean matchesAt(int start, Units phrase) {
        int end = start + phrase.size();
        if (end > size() || !startsToken.get(start) || !endsToken.get(end - 1)) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!units.get(start + i).equals(phrase.units.get(i))) {
                return false;
            }
            if (i > 0 && gapBefore.get(start + i) != phrase.gapBefore.get(i)) {
                return false;
            }
        }
        return true;
    }
}
