package io.trendreports.notify;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.trendreports.settings.NotificationSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mails the end of a run to each role: operators hear of every published and every failed run,
 * viewers of published runs. One message per role, so no one sees the other role's addresses.
 */
final class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.notify");

    private final NotificationSettings.Mail settings;
    private final PortalLinks links;
    private final JavaMailSender sender;

    MailNotifier(NotificationSettings.Mail settings, PortalLinks links) {
        this.settings = settings;
        this.links = links;
        this.sender = sender(settings);
    }

    void send(RunReport report) {
        deliver(report, "operators", settings.operators(), true);
        if (report.published()) {
            deliver(report, "viewers", settings.viewers(), false);
        }
    }

    private void deliver(RunReport report, String role, List<String> to, boolean forOperators) {
        if (to.isEmpty()) {
            return;
        }
        boolean attach = attachable(report);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, attach, StandardCharsets.UTF_8.name());
            mail.setFrom(settings.from());
            mail.setTo(to.toArray(String[]::new));
            mail.setSubject(RunMailText.subject(report));
            mail.setText(RunMailText.body(report, links, attach, forOperators));
            if (attach) {
                File digest = report.digest().toFile();
                mail.addAttachment("digest.pdf", digest);
            }
            sender.send(message);
            log.info("notify: mailed run {} to the {} ({} recipient(s){})", report.runId(), role, to.size(),
                    attach ? ", digest attached" : "");
        } catch (MailException | MessagingException e) {
            log.warn("notify: could not mail run {} to the {} through {}:{}: {}; the run is not affected",
                    report.runId(), role, settings.host(), settings.port(), e.getMessage());
        }
    }

    private boolean attachable(RunReport report) {
        if (!settings.attachDigest() || !report.published()) {
            return false;
        }
        Path digest = report.digest();
        try {
            return Files.isRegularFile(digest) && Files.size(digest) <= settings.maxAttachmentBytes();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static JavaMailSender sender(NotificationSettings.Mail settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean auth = settings.username() != null && !settings.username().isBlank();
        if (auth) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties smtp = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        smtp.setProperty("mail.smtp.auth", Boolean.toString(auth));
        smtp.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        smtp.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        smtp.setProperty("mail.smtp.connectiontimeout", timeout);
        smtp.setProperty("mail.smtp.timeout", timeout);
        smtp.setProperty("mail.smtp.writetimeout", timeout);
        sender.setJavaMailProperties(smtp);
        return sender;
    }
}
