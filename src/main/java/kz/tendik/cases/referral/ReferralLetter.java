package kz.tendik.cases.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.CaseRow;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.documents.PdfDocument;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral letter as PDF, in the survivor's language ({@link LetterContent#language}), with only what the
 * provider needs (decision 0012): the provider, the case number as reference, the survivor's shortened name and safe
 * contact channels, the service asked for, the basis (consent or urgent referral), the referring centre and worker,
 * the date. The download is audited as {@code referral.letter} and put on the case's timeline.
 */
@Service
public class ReferralLetter {

    private final Referrals referrals;
    private final CaseAccess access;
    private final CaseStore cases;
    private final SurvivorStore survivors;
    private final Centres centres;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ReferralLetter(Referrals referrals, CaseAccess access, CaseStore cases, SurvivorStore survivors, Centres centres,
                   CasesAudit audit, Timeline timeline, MessageSource messages, Clock clock,
                   @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.referrals = referrals;
        this.access = access;
        this.cases = cases;
        this.survivors = survivors;
        this.centres = centres;
        this.audit = audit;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /** The PDF and the language it is written in. */
    public record Letter(byte[] pdf, Locale language) {
    }

    @Transactional
    public Letter issue(CurrentUser user, long caseId, long referralId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        ReferralView referral = referrals.find(caseId, referralId).orElseThrow(NotFoundException::new);
        CaseRow kase = cases.find(caseId).orElseThrow(NotFoundException::new);
        SurvivorProfile survivor = survivors.find(kase.survivorId()).orElseThrow(NotFoundException::new).profile();
        Centre centre = centres.find(kase.centreId()).orElseThrow(NotFoundException::new);
        Locale language = LetterContent.language(survivor, user.locale());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        byte[] pdf = render(language, today, referral, kase, survivor, centre);
        timeline.record(caseId, CaseEventType.REFERRAL_LETTER_ISSUED, clock.instant(), user.id(), referralId);
        audit.success(user, "referral.letter", "referral", referralId, grant.purpose());
        return new Letter(pdf, language);
    }

    private byte[] render(Locale language, LocalDate today, ReferralView referral, CaseRow kase,
                          SurvivorProfile survivor, Centre centre) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        ServiceProvider provider = referral.provider();
        List<PdfDocument.KeyValue> to = List.of(
                row(language, "cases.letter.provider", provider.name(language)),
                row(language, "cases.letter.address", provider.locality() + ", " + provider.address()),
                row(language, "cases.letter.phone", provider.phone()));
        List<PdfDocument.KeyValue> person = new ArrayList<>();
        person.add(row(language, "cases.letter.caseNumber", kase.caseNumber()));
        person.add(row(language, "cases.letter.name", LetterContent.name(survivor.fullName(), referral.shareFullName())));
        List<ContactChannel> safe = LetterContent.safeChannels(survivor);
        person.add(row(language, "cases.letter.contact", safe.isEmpty() ? text(language, "cases.letter.contactViaCentre")
                : String.join("\n", safe.stream().map(c -> channel(language, c)).toList())));
        person.add(row(language, "cases.letter.service", text(language, referral.service().messageKey())));
        person.add(row(language, "cases.letter.basis", referral.overridden()
                ? text(language, "cases.letter.basisOverride", text(language, referral.overrideReason().messageKey()))
                : text(language, "cases.letter.basisConsent", referral.consentDate().format(dates))));
        List<PdfDocument.KeyValue> from = List.of(
                row(language, "cases.letter.centre", centre.name(language)),
                row(language, "cases.letter.address", centre.locality() + ", " + centre.address()),
                row(language, "cases.letter.phone", centre.phone()),
                row(language, "cases.letter.worker", referral.createdByName()),
                row(language, "cases.letter.date", LocalDate.ofInstant(referral.createdAt(), zone).format(dates)));
        return PdfDocument.builder(language, text(language, "cases.letter.title"), today)
                .footerNote(text(language, "cases.letter.confidential"))
                .heading(text(language, "cases.letter.to"))
                .keyValues(to)
                .heading(text(language, "cases.letter.whom"))
                .keyValues(person)
                .paragraph(text(language, "cases.letter.request", kase.caseNumber()))
                .heading(text(language, "cases.letter.from"))
                .keyValues(from)
                .paragraph(text(language, "cases.letter.privacy"))
                .toBytes();
    }

    private String channel(Locale language, ContactChannel c) {
        List<String> how = new ArrayList<>();
        if (c.safeToCall()) {
            how.add(text(language, "cases.survivor.safeToCall"));
        }
        if (c.safeToText()) {
            how.add(text(language, "cases.survivor.safeToText"));
        }
        return text(language, c.kind().messageKey()) + ": " + c.value() + " (" + String.join(", ", how) + ")";
    }

    private PdfDocument.KeyValue row(Locale language, String key, String value) {
        return new PdfDocument.KeyValue(text(language, key), value);
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
