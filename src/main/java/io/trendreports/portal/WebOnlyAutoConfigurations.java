package io.trendreports.portal;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps the portal's libraries out of {@code run}, {@code schedule}, {@code history} and
 * {@code status}: with {@code spring.main.web-application-type: none} the auto-configurations of
 * the web server, Spring MVC, Thymeleaf, Spring Security, the actuator and Micrometer are not
 * even evaluated, so those commands start as they did before the portal existed. Registered in
 * {@code META-INF/spring.factories}.
 */
public class WebOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final List<String> WEB_ONLY = List.of(
            "org.springframework.boot.actuate.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.health.", "org.springframework.boot.security.",
            "org.springframework.boot.thymeleaf.", "org.springframework.boot.webmvc.",
            "org.springframework.boot.servlet.", "org.springframework.boot.tomcat.",
            "org.springframework.boot.web.server.", "org.springframework.boot.http.converter.",
            "org.springframework.boot.jackson.");
    /** Actuator parts living in other modules' packages (e.g. the data source health check). */
    private static final List<String> WEB_ONLY_PARTS = List.of(".health.", ".metrics.", ".observation.", ".actuate.");

    private boolean webless;

    @Override
    public void setEnvironment(Environment environment) {
        webless = "none".equals(environment.getProperty("spring.main.web-application-type", "")
                .toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            keep[i] = !webless || candidates[i] == null || !webOnly(candidates[i]);
        }
        return keep;
    }

    static boolean webOnly(String autoConfiguration) {
        return WEB_ONLY.stream().anyMatch(autoConfiguration::startsWith)
                || (autoConfiguration.startsWith("org.springframework.boot.")
                && WEB_ONLY_PARTS.stream().anyMatch(autoConfiguration::contains));
    }
}
