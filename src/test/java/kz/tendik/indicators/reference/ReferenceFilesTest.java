package kz.tendik.indicators.reference;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled reference files are the published ones, byte for byte (SHA-1 as in SOURCES.md). */
class ReferenceFilesTest {

    @ParameterizedTest
    @CsvSource({
            "HDR23-24_Composite_indices_complete_time_series.csv, 143bfa85c92b9eadd79f123156d6295ab6e7d5f9",
            "HDR23-24_Statistical_Annex_GII_Table.csv, f84a250f8566cd37155dde4fdb16421d0366c5df",
            "wef_gggi_tcdata360_2006_2018.csv, 854e8299c071eeb68c7f8b70817ba50915bf51de",
            "wef_gggi_2024_scores.csv, e6114d4231e30ecc4608789e08feec1720ee5a21",
            "gii_examples.csv, dc1a099d2104040c4c92e9c1070beca82a797323",
            "gdi_examples.csv, d3b91ecbaaa691d25d6045c2e38a9c6bfb75aa75"})
    void theBundledFileIsByteIdenticalToItsSource(String file, String sha1) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = getClass().getResourceAsStream("/indicators/reference/" + file)) {
            assertThat(in).as(file).isNotNull();
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha1);
        }
    }
}
