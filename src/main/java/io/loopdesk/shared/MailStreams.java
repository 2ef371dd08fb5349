package io.loopdesk.shared;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.context.annotation.Configuration;

/**
 * Names Jakarta Mail's stream provider once for the JVM. Jakarta Mail 2.1 finds its {@code StreamProvider} anew for
 * every encoded header, every decoded header and every body part it writes or reads (jakartaee/mail-api#861), and
 * without the system property set that means a {@code ServiceLoader} scan of every jar on the class path: it took
 * more CPU than the rest of sending an agent's e-mail notice. With the property the look-up is a plain class load.
 * A value set on the command line wins.
 */
@Configuration(proxyBeanMethods = false)
class MailStreams {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, MailStreamProvider.class.getName());
        }
    }
}
