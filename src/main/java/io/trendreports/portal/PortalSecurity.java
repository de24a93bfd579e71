package io.trendreports.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for everything but the health probe. Browsers get the login form; the JSON endpoint
 * and the actuator (scraped by Prometheus with basic auth) get a bare 401, so no client ever
 * receives content it was not signed in for. Operators can also start runs. Repeated failed
 * sign-ins are slowed, then refused for a while ({@link SignInThrottle}).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalSecurity {

    static final String VIEWER = "VIEWER";
    static final String OPERATOR = "OPERATOR";

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    /** Self-only sources: templates carry no inline script or style. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self'; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        RealmEntryPoint basic = new RealmEntryPoint();
        RequestMatcher machines = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/login", "/portal/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/runs/start").hasRole(OPERATOR)
                        .anyRequest().hasAnyRole(VIEWER, OPERATOR))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/runs", false).permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .logout(out -> out.logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(basic, machines))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        // CSRF stays on (the default) for every state-changing request, the login form included
        http.addFilterBefore(new SignInThrottleFilter(throttle, d -> Thread.sleep(d.toMillis())),
                UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    SignInThrottle signInThrottle(PortalProperties properties) {
        return new SignInThrottle(properties.signIn(), Clock.systemUTC());
    }

    @Bean
    SignInEvents signInEvents(SignInThrottle throttle) {
        return new SignInEvents(throttle);
    }

    @Bean
    UserDetailsService portalUsers(PortalProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (PortalProperties.User u : properties.users()) {
            if (u.name() == null || u.name().isBlank() || u.password() == null || !u.password().startsWith("{")) {
                throw new IllegalStateException("trend.portal.users: each user needs a name and an encoded password"
                        + " such as {bcrypt}$2a$10$... (user '" + u.name() + "')");
            }
            users.add(User.withUsername(u.name()).password(u.password()).roles(roles(u)).build());
        }
        if (users.isEmpty()) {
            log.warn("portal: no users configured (trend.portal.users); nobody can sign in");
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** Checks the stored hashes by their prefix: {bcrypt}, {argon2}, {pbkdf2}, ... */
    @Bean
    PasswordEncoder portalPasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Requests the firewall refuses (encoded slashes, dots, ...) look like any unknown path. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
    }

    private static String[] roles(PortalProperties.User u) {
        List<String> roles = new ArrayList<>();
        for (String r : u.roles()) {
            String role = r.trim().toUpperCase(Locale.ROOT);
            if (!role.equals(VIEWER) && !role.equals(OPERATOR)) {
                throw new IllegalStateException("trend.portal.users: unknown role '" + r + "' for user '" + u.name()
                        + "' (viewer or operator)");
            }
            roles.add(role);
        }
        if (roles.contains(OPERATOR) && !roles.contains(VIEWER)) {
            roles.add(VIEWER);
        }
        return roles.toArray(String[]::new);
    }

    /** 401 with a Basic challenge, for scrapers and scripts. */
    private static final class RealmEntryPoint extends BasicAuthenticationEntryPoint {
        RealmEntryPoint() {
            setRealmName("trend-reports");
        }
    }
}
