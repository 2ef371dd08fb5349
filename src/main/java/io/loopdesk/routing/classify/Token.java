package io.loopdesk.routing.classify;

/**
 * One token of analyzed text.
 *
 * @param position its position in the token stream; dropped punctuation leaves gaps, so two tokens are adjacent
 *     only when their positions differ by one
 */
record Token(String term, int position) {

    /** Whether the token is Chinese: smartcn emits a run of Han characters as tokens of their own. */
    boolean han() {
        return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
