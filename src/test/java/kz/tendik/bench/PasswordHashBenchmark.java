package kz.tendik.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What one password check costs: Argon2id as configured (Spring Security's v5.8 defaults: 16 MiB, 2 passes)
 * against the obvious alternative, bcrypt at cost 10. Run with
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main PasswordHashBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashBenchmark {

    private static final String PASSWORD = "tendik-demo-2026";
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    private String argon2Hash;
    private String bcryptHash;

    @Setup
    public void hash() {
        argon2Hash = argon2.encode(PASSWORD);
        bcryptHash = bcrypt.encode(PASSWORD);
    }

    @Benchmark
    public boolean argon2idCheck() {
        return argon2.matches(PASSWORD, argon2Hash);
    }

    @Benchmark
    public boolean bcrypt10Check() {
        return bcrypt.matches(PASSWORD, bcryptHash);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(PasswordHashBenchmark.class.getSimpleName()).build()).run();
    }
}
