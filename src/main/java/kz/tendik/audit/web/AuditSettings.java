package kz.tendik.audit.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tendik.audit.*}: the time zone in which the auditor's dates are read and shown (Kazakhstan keeps one,
 * UTC+5) and when the nightly verification runs ({@code verification-cron}, "-" for never).
 */
@ConfigurationProperties("tendik.audit")
record AuditSettings(@DefaultValue("Asia/Almaty") ZoneId zone, @DefaultValue("0 30 2 * * *") String verificationCron) {
}
