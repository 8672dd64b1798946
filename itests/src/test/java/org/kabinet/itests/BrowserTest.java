package org.kabinet.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The base of the tests that drive the portal in a real browser: headless Chromium (Debian's chromium and
 * chromium-driver) at 1366×900 or as a 390×844 phone, waits of 30 s, the helpers to find, click and type by element
 * id, the checks that Vaadin has settled and that a page does not scroll sideways, and screenshots. A browser still
 * open after a test is closed, and a failed test leaves its screenshot in {@code target/<test method>.png} first.
 */
public abstract class BrowserTest {
    protected WebDriver browser;
    protected WebDriverWait wait;

    /**
     * On a failure the page as it was goes to {@code target/<test method>.png}; then the browser is closed. Both here,
     * not in an {@code @After}: a rule's end runs after the {@code @After} methods, which would have closed the browser
     * before its picture.
     */
    @Rule
    public final TestWatcher browserAfterEachTest = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser instanceof TakesScreenshot camera) {
                try {
                    Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", description.getMethodName() + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (Exception ignored) {
                    // the failure itself matters more than its picture
                }
            }
        }

        @Override
        protected void finished(Description description) {
            closeBrowser();
        }
    };

    /** Quits the browser if one is open. */
    protected void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Headless Chromium at 1366×900, or emulating a 390×844 phone (headless ignores smaller windows). */
    protected void openBrowser(boolean phone) throws Exception {
        closeBrowser();
        File chromedriver = new File("/usr/bin/chromedriver");
        assertTrue("Debian's chromium-driver is needed: apt-get install -y chromium chromium-driver", chromedriver.canExecute());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("kabinet-chromium"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        } else {
            options.addArguments("--window-size=1366,900");
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Waits until Vaadin has no request in flight, so what is on screen is what the server sent. */
    protected void settled() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("var c = window.vaadin && window.vaadin.clients;"
                + "if (!c) return false; for (var k in c) { if (c[k].isActive()) return false; } return true;"));
    }

    /** No sideways scrolling: the page is as wide as the window. */
    protected void fits(String what) {
        List<?> w = (List<?>) ((JavascriptExecutor) browser).executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
        assertTrue(what + " scrolls sideways: " + w, ((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue());
    }

    protected void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(id));
        settled();
    }

    protected WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    protected void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** A screenshot of the window as {@code target/screens/<name>.png}. */
    protected void shot(String name) throws Exception {
        shot(Files.createDirectories(Path.of("target", "screens")), name);
    }

    /** A screenshot of the window as {@code <folder>/<name>.png}. */
    protected void shot(Path folder, String name) throws Exception {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
