package io.trendreports.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trendreports.portal.PortalProperties;
import io.trendreports.settings.TrendProperties;

/**
 * The notifications, in every command that runs the job. Always defined, whatever the settings:
 * the command-line context is generated at build time, so whether to send is decided when sending.
 */
@Configuration
@EnableConfigurationProperties(PortalProperties.class)
public class NotifyConfiguration {

    @Bean
    public Notifications notifications(TrendProperties properties, PortalProperties portal) {
        return new Notifications(properties.notifications(), portal.baseUrl());
    }
}
