package kz.tendik.cases.support;

/**
 * An {@code Idempotency-Key} sent again with another request than the one it was first used with: a client's mistake
 * that must not be answered with the first result (409, naming the header). Carries nothing of either request.
 */
public class KeyReusedException extends RuntimeException {

    public KeyReusedException() {
        super("idempotency key reused with another request", null, false, false);
    }
}
