package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.ticket.TestFiles;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test (tag {@code bench}, left out of {@code ./loopdesk test}): an IMAP mailbox holding 2,000 (by default)
 * messages is read by one node, each mail parsed, deduplicated, threaded and committed as a ticket or a reply
 * before it is acknowledged on the server. The mix: new questions in Chinese and English, one in ten a reply
 * to an earlier mail of the batch, one in ten in GB2312, one in ten with a screenshot. See bench/README.md.
 */
@IntegrationTest
@Tag("bench")
class EmailIngestBench {

    private static final int MESSAGES = Integer.getInteger("bench.mails", 2_000);
    private static final String SUPPORT = "bench-support@acme.test";
    /**
     * {@code host:port} of another IMAP server holding user {@code bench} / {@code secret} (bench/email.sh starts a
     * private Dovecot): GreenMail spends O(mailbox size) on every IMAP command, so large mailboxes measure it, not us.
     */
    private static final String SERVER = System.getProperty("bench.imap", "");

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_POP3_IMAP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, "bench", "secret"));

    private static final List<String> TEXTS = List.of(
            "今天早上开始无法登录，一直提示账号或密码错误，找回密码也收不到短信验证码。",
            "晚上八点后进入任何直播间都非常卡，画面几秒就转圈，声音断断续续，家里宽带测速正常。",
            "在直播间买的羽绒服穿了两次就开始大量跑绒，拉链也坏了，商家说不在退换期内不给处理。",
            "After the app updated itself to 5.2.0 yesterday it crashes a few seconds after opening.",
            "I ordered in a live room on Singles' Day with shipping promised within 48 hours; it is not shipped yet.",
            "新买的摄像头按说明书配网，每次都卡在 95% 然后提示超时，已经重置三次还是不行。");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readTenThousandMails() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        Actor admin = Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN));
        MailboxView mailbox = mailboxes.create(
                new MailboxSettings(
                        "Bench",
                        SUPPORT,
                        MailProtocol.IMAP,
                        SERVER.isEmpty() ? "localhost" : SERVER.substring(0, SERVER.lastIndexOf(':')),
                        SERVER.isEmpty()
                                ? ServerSetupTest.IMAP.getPort()
                                : Integer.parseInt(SERVER.substring(SERVER.lastIndexOf(':') + 1)),
                        "bench",
                        "secret",
                        "INBOX",
                        "localhost",
                        ServerSetupTest.SMTP.getPort(),
                        SmtpSecurity.NONE,
                        null,
                        null,
                        true),
                admin);
        byte[] screenshot = TestFiles.png(320, 640);
        long bytes = 0;
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            MimeMessage message = message(i, screenshot);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            bytes += raw.size();
            messages.add(message);
        }
        if (SERVER.isEmpty()) {
            GreenMailUser user = mail.getUserManager().getUserByEmail(SUPPORT);
            messages.forEach(user::deliver);
        } else {
            fill(mailbox, messages);
        }

        long start = System.nanoTime();
        int handled = 0;
        int polls = 0;
        while (handled < MESSAGES && polls < MESSAGES) {
            handled += polling.poll(mailbox.id());
            polls++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long tickets = jdbc.sql("select count(*) from ticket where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();
        long replies = jdbc.sql("select count(*) from inbound_mail where tenant_id = ? and outcome = 'APPENDED'")
                .param(tenant.id())
                .query(Long.class)
                .single();
        long files = jdbc.sql("select count(*) from ticket_attachment where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();
        String result = String.format(
                """
                database: %s
                mails: %d (%.1f MB) in one IMAP mailbox (%s), read by one node in %d polls of at most 500
                ingested (parsed, deduplicated, threaded, committed, acknowledged): %.1f s
                throughput: %.0f mails/second
                tickets opened: %d, replies appended: %d, files kept: %d
                """,
                TestDatabase.kind(),
                MESSAGES,
                bytes / 1e6,
                SERVER.isEmpty() ? "GreenMail in this JVM" : "IMAP server at " + SERVER,
                polls,
                seconds,
                MESSAGES / seconds,
                tickets,
                replies,
                files);
        System.out.println(result);
        Path out = Path.of("target", "bench", "email-" + TestDatabase.kind() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        assertThat(handled).isEqualTo(MESSAGES);
        assertThat(tickets + replies).isEqualTo(MESSAGES);
    }

    /** Empties the external server's inbox, then appends the mails to it, 500 per IMAP APPEND. */
    private static void fill(MailboxView mailbox, List<MimeMessage> messages) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(mailbox.host(), mailbox.port(), "bench", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] old = inbox.getMessages();
            if (old.length > 0) {
                inbox.setFlags(old, new Flags(Flags.Flag.DELETED), true);
            }
            inbox.close(true);
            for (int from = 0; from < messages.size(); from += 500) {
                inbox.appendMessages(messages.subList(from, Math.min(messages.size(), from + 500))
                        .toArray(Message[]::new));
            }
        } finally {
            store.close();
        }
    }

    private static MimeMessage message(int i, byte[] screenshot) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        String charset = i % 10 == 3 ? "GB2312" : "UTF-8";
        String text = TEXTS.get(i % TEXTS.size());
        boolean reply = i % 10 == 7 && i >= 10;
        int customer = (reply ? i - 7 : i) % 2_000; // a reply comes from whoever wrote the first mail
        message.setFrom(new InternetAddress("customer" + customer + "@example.com", "客户 " + customer, charset));
        message.setRecipients(Message.RecipientType.TO, SUPPORT);
        if (reply) {
            message.setSubject("Re: 问题 " + (i - 7), charset);
            message.setHeader("In-Reply-To", "<bench-" + (i - 7) + "@example.com>");
            message.setHeader("References", "<bench-" + (i - 7) + "@example.com>");
            text = "补充一下：问题还在，今天又试了一次。\n\n> " + text;
        } else {
            message.setSubject("问题 " + i, charset);
        }
        if (i % 10 == 5) {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text + " 截图见附件。 #" + i, charset);
            parts.addBodyPart(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(screenshot, "image/png");
            file.setFileName(MimeUtility.encodeText("截图" + i + ".png", "UTF-8", "B"));
            file.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(file);
            message.setContent(parts);
        } else {
            message.setText(text + " #" + i, charset);
        }
        message.saveChanges();
        // saveChanges gives a fresh Message-ID; the bench's own one keeps replies threading to their originals
        message.setHeader("Message-ID", "<bench-" + i + "@example.com>");
        return message;
    }
}
