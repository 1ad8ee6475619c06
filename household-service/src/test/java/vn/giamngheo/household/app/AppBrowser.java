package vn.giamngheo.household.app;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver, at the width of a cheap Android phone (360 px): what
 * an officer does with the commune app, step by step, with a screenshot of each screen kept in target/app-screens.
 */
final class AppBrowser implements AutoCloseable {

    static final Path SCREENS = Path.of("target", "app-screens");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    AppBrowser() throws IOException {
        profile = Files.createTempDirectory("app-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("GIAMNGHEO_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=360,800", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("GIAMNGHEO_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
    }

    void open(String url) {
        driver.get(url);
        awaitReady();
    }

    void reload() {
        driver.navigate().refresh();
        awaitReady();
    }

    private void awaitReady() {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> "true".equals(
                driver.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    String screen() {
        return driver.findElement(By.id("view")).getAttribute("data-screen");
    }

    void awaitScreen(String name) {
        try {
            await().atMost(PATIENCE).ignoreExceptions().until(() -> name.equals(screen()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected the screen " + name + ", still on " + screen() + ": "
                    + driver.findElement(By.id("view")).getText(), e);
        }
    }

    /** Waits until the element shows the text; on timeout says what the screen showed instead. */
    void awaitText(String css, String text) {
        try {
            await().atMost(PATIENCE).ignoreExceptions().until(() -> driver.findElement(By.cssSelector(css)).getText()
                    .contains(text));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected '" + text + "' in " + css + "; the screen " + screen() + " shows: "
                    + driver.findElement(By.id("view")).getText(), e);
        }
    }

    WebElement find(String css) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> driver.findElement(By.cssSelector(css)),
                e -> e.isDisplayed());
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        WebElement e = find(css);
        // As a person scrolls what to tap into the middle of the screen, clear of the sticky class box.
        script("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date input as a person picking a day does (typing into it depends on the locale's format). */
    void setDate(String css, String isoDate) {
        script("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", css, isoDate);
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** What keeps Chromium from offering to install the page as an app (empty: installable). */
    @SuppressWarnings("unchecked")
    List<Object> installabilityErrors() {
        return (List<Object>) driver.executeCdpCommand("Page.getInstallabilityErrors", java.util.Map.of())
                .get("installabilityErrors");
    }

    /** Waits until the service worker controls the page: the shell is cached on the device by then. */
    void awaitOfflineShell() {
        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(asyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.ready.then(() => done(!!navigator.serviceWorker.controller), () => done(false));""")));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENS);
        Files.write(SCREENS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
