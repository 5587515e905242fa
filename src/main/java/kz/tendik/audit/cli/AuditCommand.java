package kz.tendik.audit.cli;

import java.io.PrintStream;
import java.util.List;

import kz.tendik.audit.chain.RecordedVerification;
import kz.tendik.audit.chain.Verifications;
import kz.tendik.shared.cli.TendikCommand;
import org.springframework.stereotype.Component;

/**
 * {@code tendik audit verify}: walks the whole hash chain; exit 0 when intact, {@value #BROKEN} naming the first
 * broken entry otherwise, {@value #USAGE} for a wrong sub-command. The result is kept for the auditor's page.
 */
@Component
class AuditCommand implements TendikCommand {

    static final int BROKEN = 3;
    static final int USAGE = 2;

    private final Verifications verifications;

    AuditCommand(Verifications verifications) {
        this.verifications = verifications;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "verify    check the audit log's hash chain (exit 0 intact, 3 broken)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1 || !arguments.get(0).equals("verify")) {
            err.println("Usage: tendik audit verify");
            return USAGE;
        }
        RecordedVerification result = verifications.run(RecordedVerification.Trigger.COMMAND, null);
        if (result.intact()) {
            out.printf("Audit log intact: %d entries checked.%n", result.checkedEntries());
            return 0;
        }
        out.printf("Audit log BROKEN at entry %d: %s. The %d entries before it are intact.%n",
                result.firstBrokenId(), explain(result), result.checkedEntries());
        return BROKEN;
    }

    private static String explain(RecordedVerification result) {
        return switch (result.reason()) {
            case HASH_MISMATCH -> "its content or hash was changed (hash mismatch)";
            case PREV_HASH_MISMATCH -> "it does not follow the entry before it (previous-hash mismatch)";
            case GAP -> "it is missing (gap in ids)";
            case TRUNCATED -> "it and the entries after it, present at the last verification, are gone (truncated)";
            case REWRITTEN -> "its hash differs from the last verification (chain rewritten)";
        };
    }
}
