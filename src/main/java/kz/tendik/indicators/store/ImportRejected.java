package kz.tendik.indicators.store;

import java.util.List;

/** A file was refused whole: nothing of it was stored. Carries every problem found, as message keys. */
public class ImportRejected extends RuntimeException {

    private final transient List<RowProblem> problems;

    public ImportRejected(List<RowProblem> problems) {
        super("import refused: " + problems.size() + " problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
