package kz.tendik.cases.survivor;

/** Thrown by {@link Iin#parse(String)}; the message names the problem, never the digits. */
public class InvalidIinException extends IllegalArgumentException {

    private final IinProblem problem;

    public InvalidIinException(IinProblem problem) {
        super("invalid IIN: " + problem);
        this.problem = problem;
    }

    public IinProblem problem() {
        return problem;
    }
}
