package org.alongside.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server the standard {@code spring.mail.*} properties name; without one
 * (the default) there is no sender and e-mail is off. A refused or unreachable server throws, and
 * the delivery is tried again later.
 */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> sender, @Value("${alongside.notifications.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, String subject, String body) throws MailException {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.getObject().send(message);
    }
}
