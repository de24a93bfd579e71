package io.trendreports.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.trendreports.TrendReportsApplication;

/**
 * The portal as {@code serve} starts it, over an output folder holding {@link PublishedRunFixture},
 * with a viewer and an operator. Subclasses share one application context.
 */
@SpringBootTest(classes = TrendReportsApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
abstract class PortalContext {

    static final String PASSWORD = "correct horse battery staple";
    static final Path OUTPUT;
    static final Path RUN;

    static {
        try {
            Path root = Files.createTempDirectory("portal-test");
            OUTPUT = Files.createDirectories(root.resolve("output"));
            Files.createDirectories(root.resolve("input"));
            RUN = PublishedRunFixture.create(OUTPUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        // a low cost keeps the tests quick; production hashes use 10 or more
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("trend.output", OUTPUT::toString);
        registry.add("trend.input", () -> OUTPUT.getParent().resolve("missing-input").toString());
        registry.add("trend.portal.users[0].name", () -> "vera");
        registry.add("trend.portal.users[0].password", () -> hash);
        registry.add("trend.portal.users[0].roles[0]", () -> "viewer");
        registry.add("trend.portal.users[1].name", () -> "otto");
        registry.add("trend.portal.users[1].password", () -> hash);
        registry.add("trend.portal.users[1].roles[0]", () -> "operator");
        // the tests' own wrong passwords must not slow the others down
        registry.add("trend.portal.sign-in.delay", () -> "PT0.001S");
    }
}
