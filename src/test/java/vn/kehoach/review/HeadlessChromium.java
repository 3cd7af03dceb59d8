package vn.kehoach.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium run headless as a process: loads a page (scripts run, images load, within a virtual
 * time budget) and dumps the resulting DOM or a screenshot. A fresh profile per run; the flags keep it
 * off the network and working as root in a container.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessChromium() {
    }

    /** The browser, or a failure that says how to install it: a missing browser must not pass as a skipped test. */
    static Path binary() {
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "chromium"))
            .filter(Files::isExecutable).findFirst()
            .orElseThrow(() -> new IllegalStateException("chromium is not installed: scripts/test.sh installs it when run"
                + " as root, or run: sudo apt-get install -y chromium"));
    }

    /** The DOM after the page's scripts ran and its images loaded. */
    static String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    static void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), url));
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private static String run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("kehoach-chromium-");
        Path stdout = Files.createTempFile("kehoach-chromium-", ".out");
        Path stderr = Files.createTempFile("kehoach-chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
