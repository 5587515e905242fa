package kz.tendik.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import kz.tendik.shared.crypto.BlindIndex;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.crypto.IndexKind;
import kz.tendik.shared.crypto.TestCrypto;
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

/**
 * What field encryption costs per value: encrypt + decrypt (AES256-GCM through Tink, with associated data) of a
 * 40-character name and a 2,000-character narrative, and one blind index, against the obvious alternative of
 * storing the text as it is (a UTF-8 encode and decode, which any plain column needs too). Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kz.tendik.bench.FieldCipherBenchmark},
 * or offline: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main FieldCipherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FieldCipherBenchmark {

    /** 40 characters, Kazakh Cyrillic (mostly two bytes each in UTF-8). */
    static final String NAME = "Жұмабаева Әлия Нұрсұлтанқызы (Астана қ.)";
    static final String NARRATIVE = "Зардап шегуші өтініш берді: жұбайы үйде қорқытып, ұрып-соқты. ".repeat(40).substring(0, 2000);

    private FieldCipher cipher;
    private BlindIndex index;

    @Setup
    public void keys() {
        TestCrypto crypto = TestCrypto.withFreshKeys();
        cipher = crypto.cipher();
        index = crypto.index();
        if (NAME.length() != 40 || NARRATIVE.length() != 2000 || !nameEncryptDecrypt().equals(NAME)) {
            throw new IllegalStateException("benchmark set-up is wrong");
        }
    }

    @Benchmark
    public String nameEncryptDecrypt() {
        return cipher.decrypt(cipher.encrypt(NAME, "survivor.name:123456"), "survivor.name:123456");
    }

    @Benchmark
    public String namePlainCopy() {
        return new String(NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Benchmark
    public String narrativeEncryptDecrypt() {
        return cipher.decrypt(cipher.encrypt(NARRATIVE, "incident.narrative:123456"), "incident.narrative:123456");
    }

    @Benchmark
    public String narrativePlainCopy() {
        return new String(NARRATIVE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] nameBlindIndex() {
        return index.of(IndexKind.FULL_NAME, NAME);
    }

    @Benchmark
    public byte[] phoneBlindIndex() {
        return index.of(IndexKind.PHONE, "8 (701) 234-56-78");
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(FieldCipherBenchmark.class.getSimpleName()).build()).run();
    }
}
