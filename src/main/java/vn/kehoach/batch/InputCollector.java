package vn.kehoach.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: a file stands for itself (named by its file name), a folder for
 * every regular file below it (named by its path relative to the folder), hidden files skipped.
 */
public final class InputCollector {

    private InputCollector() {
    }

    /** @throws IllegalArgumentException naming an input that does not exist */
    public static List<InputFile> collect(List<Path> inputs) {
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else if (Files.exists(input)) {
                files.add(new InputFile(input, input.getFileName().toString()));
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private static List<InputFile> walk(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths
                .filter(Files::isRegularFile)
                .filter(p -> !isHidden(root.relativize(p)))
                .sorted(Comparator.comparing(Path::toString))
                .map(p -> new InputFile(p, slashed(root.relativize(p))))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
