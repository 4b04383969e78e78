package org.qiyouxiang.app.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file that cannot be taken in. Its message is for the clerk (Chinese, naming file,
 * sheet, row and column); nothing has been written when it is thrown.
 */
public class ImportException extends Exception {

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        this(problems, null);
    }

    public ImportException(List<ImportProblem> problems, Throwable cause) {
        super(problems.stream().map(ImportProblem::describe).collect(Collectors.joining("\n")), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ImportException(Place place, String message) {
        this(List.of(new ImportProblem(place, message)));
    }

    public ImportException(Place place, String message, Throwable cause) {
        this(List.of(new ImportProblem(place, message)), cause);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
