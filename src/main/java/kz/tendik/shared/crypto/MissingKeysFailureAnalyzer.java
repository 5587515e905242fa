package kz.tendik.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without keys into a short "APPLICATION FAILED TO START" report saying what to set. */
class MissingKeysFailureAnalyzer extends AbstractFailureAnalyzer<MissingKeysException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingKeysException cause) {
        return new FailureAnalysis(cause.reason(), MissingKeysException.howToConfigure(), cause);
    }
}
