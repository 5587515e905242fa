package kz.tendik.identity.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based one-time passwords (RFC 6238, 30 s, 6 digits, SHA-1 as every authenticator app supports),
 * enrolled by scanning a QR code, with ten one-time recovery codes stored as SHA-256.
 */
@Component
public class TwoFactor {

    private static final int RECOVERY_CODES = 10;
    private final SecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();
    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    TwoFactor(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
        DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(generator, new SystemTimeProvider());
        codeVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codeVerifier;
    }

    /** Starts (or restarts) enrolment with a new secret; two-factor is on only after {@link #confirm}. */
    public String begin(long userId) {
        String secret = secrets.generate();
        accounts.startTwoFactorEnrolment(userId, secret);
        return secret;
    }

    /** The QR code an authenticator app scans, as a data URI (the page's CSP allows data: images only). */
    public String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Tendik")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /** Confirms enrolment with a first correct code and returns fresh recovery codes (shown once). */
    @Transactional
    public List<String> confirm(long userId, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (account.totpSecret() == null || !verifier.isValidCode(account.totpSecret(), normalise(code))) {
            return List.of();
        }
        accounts.completeTwoFactorEnrolment(userId);
        return newRecoveryCodes(userId);
    }

    /** Checks a code from the authenticator app, or else a recovery code (which is then used up). */
    @Transactional
    public boolean verify(UserAccount account, String code) {
        if (account.totpSecret() == null || account.totpEnrolledAt() == null || code == null) {
            return false;
        }
        String normalised = normalise(code);
        if (normalised.matches("\\d{6}")) {
            return verifier.isValidCode(account.totpSecret(), normalised);
        }
        return jdbc.sql("DELETE FROM recovery_code WHERE user_id = ? AND code_hash = ?")
                .params(account.id(), hash(normalised)).update() == 1;
    }

    @Transactional
    public List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
        List<String> codes = Arrays.asList(recoveryCodes.generateCodes(RECOVERY_CODES));
        for (String code : codes) {
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)").params(userId, hash(normalise(code))).update();
        }
        return codes;
    }

    public int remainingRecoveryCodes(long userId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ?").param(userId).query(Integer.class).single();
    }

    public void remove(long userId) {
        accounts.removeTwoFactor(userId);
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
