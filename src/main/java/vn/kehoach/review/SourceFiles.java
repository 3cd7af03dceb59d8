package vn.kehoach.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.SourceInfo;

/**
 * Finds the input file a plan was extracted from. {@code source.file} is the name given to extract
 * (absolute, or relative to where it ran), so it is looked for as is, then below each folder given
 * with {@code --sources}, also by its bare file name. A file whose SHA-256 differs from the plan's is
 * another document of the same name and is not used: its crops would highlight the wrong text.
 */
final class SourceFiles {

    private final List<Path> roots;

    SourceFiles(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The places looked at, in order, for a message when nothing matched. */
    List<Path> candidates(SourceInfo source) {
        Path given = Path.of(source.file());
        List<Path> candidates = new ArrayList<>();
        candidates.add(given);
        if (!given.isAbsolute()) {
            for (Path root : roots) {
                candidates.add(root.resolve(given));
                candidates.add(root.resolve(given.getFileName()));
            }
        }
        return candidates.stream().distinct().toList();
    }

    Optional<Path> find(SourceInfo source) throws IOException {
        for (Path candidate : candidates(source)) {
            if (Files.isRegularFile(candidate) && (source.sha256() == null || source.sha256().equals(sha256(candidate)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
