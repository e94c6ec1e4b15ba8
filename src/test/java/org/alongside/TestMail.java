package org.alongside;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the tests, on a free port, and the mail sender pointed at it,
 * as {@code spring.mail.host} would make one. A test can point the sender elsewhere to see a server
 * that is down, and back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(mail.getSmtp().getPort());
        return sender;
    }
}
