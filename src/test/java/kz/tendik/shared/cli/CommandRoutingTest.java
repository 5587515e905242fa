package kz.tendik.shared.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own commands, dispatched as {@code java -jar tendik.jar ...} dispatches them. */
@IntegrationTest
@Transactional // the verification that audit verify records is rolled back
class CommandRoutingTest {

    @Autowired
    List<TendikCommand> commands;
    @TempDir
    Path dir;

    @Test
    void indicesAuditAndKeysAreCommandsOfTheApplication() {
        assertThat(commands).extracting(TendikCommand::name).contains("indices", "audit", "keys");
    }

    @Test
    void indicesReceivesItsOptionsAndWritesTheResult() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "country,year,mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m\n"
                + "KAZ,2022,13.38363194,20.882,100,100,24.67532468,75.32467532,63.3,74.6\n");
        Path out = dir.resolve("out.csv");

        assertThat(dispatch("indices", "--index", "gii", "--in", in.toString(), "--out", out.toString())).isZero();

        assertThat(Files.readString(out)).startsWith("country,year,gii,health_f,emp_f,emp_m,g_f,g_m,harm,gbar\nKAZ,2022,0.1774");
    }

    @Test
    void auditVerifyAndKeysStatusStillReceiveTheirSubCommands() {
        assertThat(dispatch("audit", "verify")).isZero();
        assertThat(dispatch("keys", "status")).isZero();
        assertThat(dispatch("keys", "shred")).isEqualTo(2);
    }

    private int dispatch(String... typed) {
        CommandDispatcher dispatcher = new CommandDispatcher(commands);
        dispatcher.run(new DefaultApplicationArguments(CommandLine.forCommand(List.of(typed))));
        return dispatcher.getExitCode();
    }
}
