package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.trendreports.TrendReportsApplication;
import io.trendreports.publish.Manifest;
import io.trendreports.source.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal on a real port in a real headless Chromium (Debian's chromium and chromedriver):
 * an operator signs in, starts a run and watches it finish, opens the latest run, downloads a
 * brief and the bytes match the manifest; a viewer is not offered "Run now". Skipped, with the
 * reason, where Chromium is not installed. Screenshots go to {@code -Dportal.screenshots=DIR}.
 */
@SpringBootTest(classes = TrendReportsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
class PortalBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final String PASSWORD = "browser test password";
    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("portal-browser");
            Path input = Files.createDirectories(ROOT.resolve("input"));
            for (String name : List.of("ai-llm-trends-2024.md", "ai-llm-trends-2023-illustrative.md")) {
                Files.copy(Path.of("input", name), input.resolve(name));
            }
            Files.createDirectories(ROOT.resolve("output"));
            Files.createDirectories(ROOT.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeDriverService service;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("trend.output", () -> ROOT.resolve("output").toString());
        registry.add("trend.input", () -> ROOT.resolve("input").toString());
        registry.add("trend.portal.users[0].name", () -> "otto");
        registry.add("trend.portal.users[0].password", () -> hash);
        registry.add("trend.portal.users[0].roles[0]", () -> "operator");
        registry.add("trend.portal.users[1].name", () -> "vera");
        registry.add("trend.portal.users[1].password", () -> hash);
        registry.add("trend.portal.users[1].roles[0]", () -> "viewer");
    }

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + ROOT.resolve("chrome-profile"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", ROOT.resolve("downloads").toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private static void assumeChromium() {
        assumeTrue(browser != null, "Chromium and chromedriver not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver; .ci/run installs them");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void signIn(String user) throws IOException {
        browser.get(url("/login"));
        screenshot("login-page");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitUpTo(10).until(ExpectedConditions.urlToBe(url("/runs")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".user button")).click();
        waitUpTo(10).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anOperatorRunsTheJobAndDownloadsABriefThatMatchesTheManifest() throws Exception {
        assumeChromium();
        signIn("otto");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No runs yet");

        browser.findElement(By.id("run-now")).click();
        waitUpTo(10).until(ExpectedConditions.urlToBe(url("/progress")));
        WebElement progress = browser.findElement(By.id("progress"));
        waitUpTo(180).until(d -> "finished".equals(progress.getAttribute("data-state")));
        assertThat(browser.findElement(By.id("state")).getText()).contains("Finished: run").contains("is published");
        // the steps as they ended, with their counts
        assertThat(browser.findElements(By.cssSelector("#steps tbody td.mono"))).extracting(WebElement::getText)
                .contains("ingest", "briefs", "pdf", "xlsx", "csv", "publish")
                .noneMatch(step -> step.contains(":"));
        assertThat(browser.findElements(By.cssSelector("#steps tbody td.status"))).extracting(WebElement::getText)
                .containsOnly("completed");
        assertThat(browser.findElement(By.id("steps")).getText()).contains("17 records");
        screenshot("progress-page");

        browser.findElement(By.linkText("Runs")).click();
        screenshot("runs-page");
        List<WebElement> rows = browser.findElements(By.cssSelector("#runs tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("latest").contains("completed");

        browser.findElement(By.linkText("Latest run")).click();
        String runId = browser.findElement(By.id("run-id")).getText();
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/runs/latest"));
        List<WebElement> briefs = browser.findElements(By.cssSelector("#briefs .brief"));
        assertThat(briefs).hasSize(2);
        assertThat(briefs.get(0).getText()).contains("sections");
        // every thumbnail was rendered and shown (the CSP allows same-origin images only)
        waitUpTo(30).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#briefs img'))"
                        + ".every(i => i.complete && i.naturalWidth > 0)"));
        screenshot("run-page");

        WebElement download = briefs.get(1).findElement(By.cssSelector("a.button"));
        String href = download.getAttribute("href");
        String prefix = url("/runs/" + runId + "/");
        assertThat(href).startsWith(prefix);
        String path = href.substring(prefix.length());
        download.click();
        Path file = ROOT.resolve("downloads").resolve(Path.of(path).getFileName());
        waitUpTo(30).until(d -> Files.isRegularFile(file) && !partialDownloads());

        Manifest manifest = JsonMapper.builder().build().readValue(
                ROOT.resolve("output/runs").resolve(runId).resolve("manifest.json").toFile(), Manifest.class);
        Manifest.Output listed = manifest.outputs().stream().filter(o -> o.path().equals(path)).findFirst()
                .orElseThrow();
        assertThat(Sha256.hex(Files.readAllBytes(file))).isEqualTo(listed.sha256())
                .isEqualTo(download.getAttribute("data-sha256"));

        browser.findElement(By.cssSelector(".topbar .search input")).sendKeys("regulation\n");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));
        assertThat(browser.findElements(By.cssSelector("#hits li.hit"))).isNotEmpty();
        screenshot("search-page");

        browser.get(url("/runs/20990101-000000-deadbeef"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404");
        browser.findElement(By.linkText("Back to the runs")).click();

        signOut();
        signIn("vera");
        assertThat(browser.findElements(By.id("run-now"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".user .role")).getText()).isEqualTo("viewer");
        signOut();
    }

    private static boolean partialDownloads() {
        try (Stream<Path> files = Files.list(ROOT.resolve("downloads"))) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private void screenshot(String name) throws IOException {
        Optional<String> dir = Optional.ofNullable(System.getProperty("portal.screenshots"));
        if (dir.isPresent()) {
            Path target = Files.createDirectories(Path.of(dir.get())).resolve(name + ".png");
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(target, png);
        }
    }

    /**
     * Requests as they reach the real server, byte for byte (no client normalizes the path):
     * encoded traversal and encoded slashes get 404 and none of the secret next to {@code runs/}.
     */
    @Test
    void traversalOnTheRealServerIsNotFound() throws Exception {
        Files.writeString(ROOT.resolve("output/secret.txt"), "TOP-SECRET");
        String auth = Base64.getEncoder().encodeToString(("vera:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/runs/latest/..%2f..%2fsecret.txt", "/runs/latest/%2e%2e/%2e%2e/secret.txt",
                "/runs/latest/../../secret.txt", "/runs/%2e%2e/secret.txt", "/runs/latest/%252e%252e%252fsecret.txt",
                "/runs/latest/%2e%2e%5c%2e%2e%5csecret.txt", "/runs/latest/.%2e/.%2e/secret.txt")) {
            String response = rawGet(path, auth);
            assertThat(response).as(path).startsWith("HTTP/1.1 404").doesNotContain("TOP-SECRET");
        }
        // a raw backslash is not allowed in a request line at all: Tomcat refuses it before any code runs
        assertThat(rawGet("/runs/latest/..\\..\\secret.txt", auth)).startsWith("HTTP/1.1 400")
                .doesNotContain("TOP-SECRET");
    }

    private String rawGet(String path, String basicAuth) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basicAuth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

}
