package io.trendreports.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** The web server's part: encoded slashes reach the security firewall, and one line says where we listen. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalServer {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    /**
     * Tomcat answers an encoded slash or backslash ({@code %2F}, {@code %5C}) with its own 400
     * page; passed through, the request meets Spring Security's firewall, which refuses it like
     * any other traversal (404).
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesToFirewall() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        log.info("portal: serving runs of {} at http://{}:{}/", env.getProperty("trend.output"),
                env.getProperty("server.address", "0.0.0.0"), event.getWebServer().getPort());
    }
}
