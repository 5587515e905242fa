package kz.tendik.cases.task;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.measure.MeasureType;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A task the system puts on a case: its kind and the values its title names — codes and ISO dates, nothing personal,
 * so they are stored as they are. {@link #title()} is the title as a message, resolved in the reader's language.
 */
public record SystemTask(TaskKind kind, List<String> arguments) {

    public SystemTask {
        if (kind == null || arguments == null || arguments.size() != kind.arity()) {
            throw new IllegalArgumentException("a " + kind + " task names " + (kind == null ? 0 : kind.arity())
                    + " values");
        }
        arguments = List.copyOf(arguments);
    }

    public static SystemTask multiAgencyReferral() {
        return new SystemTask(TaskKind.MULTI_AGENCY_REFERRAL, List.of());
    }

    public static SystemTask measureBreached(MeasureType type, LocalDate on) {
        return new SystemTask(TaskKind.MEASURE_BREACHED, List.of(type.name(), on.toString()));
    }

    public static SystemTask measureExpiring(MeasureType type, LocalDate on) {
        return new SystemTask(TaskKind.MEASURE_EXPIRING, List.of(type.name(), on.toString()));
    }

    /** The title as a message of the reader's language; a measure type no longer known is shown as its code. */
    public MessageSourceResolvable title() {
        Object[] values = switch (kind) {
            case MULTI_AGENCY_REFERRAL -> new Object[0];
            case MEASURE_BREACHED, MEASURE_EXPIRING -> new Object[] {measure(arguments.get(0)), arguments.get(1)};
        };
        return new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, values);
    }

    private static MessageSourceResolvable measure(String code) {
        String key = "cases.measure.type." + code;
        try {
            key = MeasureType.valueOf(code).messageKey();
        } catch (IllegalArgumentException e) {
            // stored by an older version: the code itself is the best name left
        }
        return new DefaultMessageSourceResolvable(new String[] {key}, null, code);
    }
}
