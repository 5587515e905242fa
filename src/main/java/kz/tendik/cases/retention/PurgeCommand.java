package kz.tendik.cases.retention;

import java.io.PrintStream;
import java.util.List;

import kz.tendik.cases.casefile.RetentionStep;
import kz.tendik.shared.cli.TendikCommand;
import org.springframework.stereotype.Component;

/**
 * {@code tendik cases purge [--dry-run]}: runs retention now (what the daily job does) and lists each case it purged,
 * or with {@code --dry-run} would purge, with counts per column or table. Exit 0, 1 when a case failed, 2 for a wrong
 * command line, 3 when another node is running the purge.
 */
@Component
class PurgeCommand implements TendikCommand {

    static final int USAGE = 2;
    static final int BUSY = 3;

    private final RetentionRun retention;

    PurgeCommand(RetentionRun retention) {
        this.retention = retention;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String usage() {
        return "purge [--dry-run]   purge the text, then the record, of closed cases past their retention"
                + " (legal holds kept) | only report";
    }

    @Override
    public boolean takesOptions() {
        return true;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean dryRun = arguments.size() == 2 && arguments.get(1).equals("--dry-run");
        if (arguments.isEmpty() || !arguments.get(0).equals("purge") || (arguments.size() > 1 && !dryRun)) {
            err.println("Usage: tendik cases purge [--dry-run]");
            return USAGE;
        }
        RetentionRun.Report report = retention.run(dryRun, "cli:cases-purge");
        if (!report.ran()) {
            err.println("Another node is purging now; nothing done.");
            return BUSY;
        }
        for (RetentionRun.CaseOutcome c : report.cases()) {
            String what = c.step() == RetentionStep.TEXT ? "text" : "whole record";
            if (c.failed()) {
                out.printf("Case %d: %s FAILED (left as it was)%n", c.caseId(), what);
            } else {
                out.printf("Case %d: %s %s (%s)%n", c.caseId(), what, dryRun ? "would be purged" : "purged",
                        CasePurge.describe(c.purged()));
            }
        }
        out.printf("%s%d cases' text and %d whole records%s%s; %d survivors without a case%s.%n",
                dryRun ? "Dry run: " : "", report.count(RetentionStep.TEXT), report.count(RetentionStep.RECORD),
                dryRun ? " would be purged" : " purged",
                report.failures() == 0 ? "" : ", " + report.failures() + " failed", report.survivorsWithoutCase(),
                dryRun ? " would be removed; nothing was changed" : " removed");
        return report.failures() == 0 ? 0 : 1;
    }
}
