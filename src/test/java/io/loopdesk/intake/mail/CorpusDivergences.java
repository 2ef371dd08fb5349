package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.MailAddress;
import io.loopdesk.intake.mail.mime.ParsedMail;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.Jsoup;

/**
 * Where our parser differs from a Zammad expectation on purpose: for each, why, and what we check instead. A
 * divergence whose check fails counts as a failure, so each stays a test of the behaviour we chose.
 */
final class CorpusDivergences {

    record Divergence(String file, String field, String reason, Predicate<ParsedMail> check) {}

    private static final List<Divergence> DIVERGENCES = List.of(
            new Divergence(
                    "mail018.box",
                    "subject",
                    "Zammad leaves the UTF-7 encoded word undecoded; we decode it",
                    mail -> mail.subject().equals("Benachrichtung  \tzum  \tÜbermittlungsstatus  \t(Fehlgeschlagen)")),
            new Divergence(
                    "mail018.box",
                    "body",
                    "Zammad leaves the UTF-7 body undecoded; we decode it",
                    mail -> mail.textBody().contains("Übermittlung an folgende Empfänger fehlgeschlagen.")),
            new Divergence(
                    "mail020.box",
                    "body",
                    "&lang;/&rang; read by HTML5 (U+27E8/U+27E9, jsoup), not HTML 4 (U+2329/U+232A, Zammad)",
                    mail -> htmlText(mail).contains("Òs8Uaò4PrsE1y8 ⟨fMElh")),
            new Divergence(
                    "mail021.box",
                    "body",
                    "the UTF-8 Russian footer is read as UTF-8, not as Zammad's windows-1250 mojibake; &lang; as HTML5",
                    mail -> htmlText(mail)
                            .contains("Это сообщение свободно от вирусов и вредоносного ПО благодаря avast!")),
            new Divergence(
                    "mail027.box",
                    "subject",
                    "the CR LF encoded at the start of the subject is dropped: a subject is one line",
                    mail -> mail.subject().equals("蠭龕中層管理者如何避免角色行为誤区")),
            new Divergence(
                    "mail035.box",
                    "from_email",
                    "From: \"finances8@…\" is only a quoted address; we drop the quotes",
                    mail -> mail.from().address().equals("finances8@firstfinanceloanfirm.example.com")),
            new Divergence(
                    "mail054.box",
                    "body",
                    "the boundary parameter stands on an unfolded line; we find the boundary in the body and read the"
                            + " text, where Zammad reads nothing",
                    mail -> mail.textBody().equals("some text")),
            new Divergence(
                    "mail060.box",
                    "body",
                    "UTF-8 and Latin-1 bytes mixed under an iso-gb2312 label: we read UTF-8 with the stray bytes as"
                            + " Latin-1; Zammad's reading is mojibake",
                    mail -> mail.textBody().startsWith("Here it goes - äöü - 差出人Here it goes - äöü - hi")),
            new Divergence(
                    "mail072.box",
                    "body",
                    "windows-1258 read as windows-1258 (à, û, ’); Zammad reads windows-1250 (ŕ, ű) and drops the ’",
                    mail -> htmlText(mail).contains("Je vous contacte suite à ma commande du 14 août 2018")
                            && htmlText(mail).contains("Je vous remercie d’avance.")),
            new Divergence(
                    "mail087.box",
                    "from_email",
                    "From: Test test@example.com (no brackets): we take the word with the @ as the address",
                    mail -> mail.from().equals(new MailAddress("test@example.com", "Test"))),
            new Divergence(
                    "mail087.box",
                    "body",
                    "an inline text part after the PDF is the body for us (as mail programs show it); Zammad files it"
                            + " as an attachment and shows no body",
                    mail -> mail.textBody().startsWith("Sehr geehrter Kunde,")),
            new Divergence(
                    "mail087.box",
                    "attachments",
                    "the inline text part is our body, not an attachment; the PDF is an attachment for both",
                    mail -> mail.attachments().size() == 1
                            && mail.attachments().getFirst().filename().equals("fax_1234.pdf")),
            new Divergence(
                    "mail105.box",
                    "body",
                    "a multipart without any boundary in its body is read as its quoted-printable text; Zammad reads"
                            + " nothing",
                    mail -> mail.textBody().startsWith("äöüß ad asd")));

    private CorpusDivergences() {}

    static Optional<Divergence> of(String file, String field) {
        return DIVERGENCES.stream()
                .filter(divergence ->
                        divergence.file().equals(file) && divergence.field().equals(field))
                .findFirst();
    }

    private static String htmlText(ParsedMail mail) {
        return mail.htmlBody() == null ? "" : Jsoup.parse(mail.htmlBody()).text();
    }
}
