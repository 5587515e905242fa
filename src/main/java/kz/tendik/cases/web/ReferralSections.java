package kz.tendik.cases.web;

import java.util.List;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.cases.referral.OverrideReason;
import kz.tendik.cases.referral.ProgrammeReferrals;
import kz.tendik.cases.referral.ReferralStatus;
import kz.tendik.cases.referral.Referrals;
import kz.tendik.cases.referral.ServiceLog;
import kz.tendik.cases.referral.Transfers;
import kz.tendik.cases.support.Staff;
import kz.tendik.cases.web.ReferralForms.ReferralForm;
import kz.tendik.cases.web.ReferralForms.ServiceForm;
import kz.tendik.cases.web.ReferralForms.TransferForm;
import kz.tendik.directory.Centres;
import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.Regions;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.directory.ServiceProviders;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case page's referral, services, programme and transfer sections show, and the choices of their forms. */
@Component
class ReferralSections {

    private final Referrals referrals;
    private final ProgrammeReferrals programmeReferrals;
    private final ServiceLog services;
    private final Transfers transfers;
    private final ServiceProviders providers;
    private final Centres centres;
    private final Regions regions;
    private final Staff staff;
    private final AccessPolicy policy;
    private final CasePlans plans;

    ReferralSections(Referrals referrals, ProgrammeReferrals programmeReferrals, ServiceLog services,
                     Transfers transfers, ServiceProviders providers, Centres centres, Regions regions, Staff staff,
                     AccessPolicy policy, CasePlans plans) {
        this.referrals = referrals;
        this.programmeReferrals = programmeReferrals;
        this.services = services;
        this.transfers = transfers;
        this.providers = providers;
        this.centres = centres;
        this.regions = regions;
        this.staff = staff;
        this.policy = policy;
        this.plans = plans;
    }

    /**
     * What the case page's referral and services sections show (called after the read of the case was checked and
     * audited). Their forms are loaded when opened ({@link #addFormsTo}), so the lists they choose from (the region's
     * providers, the regions, the centre's staff, the other centres) are not read for each view.
     */
    void addTo(Model model, CaseFiles.CaseView kase) {
        model.addAttribute("referrals", referrals.referralsOf(kase.id()));
        model.addAttribute("services", services.servicesOf(kase.id()));
        model.addAttribute("programmeReferrals", programmeReferrals.of(kase.id()));
        model.addAttribute("transferOverrides", transfers.overridesOf(kase.id()));
        model.addAttribute("answerStatuses", List.of(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED));
    }

    /**
     * Besides {@link #addTo}, what the referral, status, service and transfer forms choose from (the service form: the
     * case plan's planned services too), and the forms.
     */
    void addFormsTo(Model model, CurrentUser user, CaseFiles.CaseView kase) {
        String region = regionOf(kase);
        addTo(model, kase);
        model.addAttribute("providerKinds", ProviderKind.values());
        model.addAttribute("regionList", regions.all());
        model.addAttribute("serviceTypes", ReferralPurpose.values());
        model.addAttribute("overrideReasons", OverrideReason.values());
        model.addAttribute("referralStatuses", ReferralStatus.values());
        model.addAttribute("mayOverride", policy.permits(user.role(), Action.CASE_CONSENT_OVERRIDE));
        if (!model.containsAttribute("referral")) {
            ReferralForm form = new ReferralForm();
            form.setRegion(region);
            model.addAttribute("referral", form);
        }
        ReferralForm form = (ReferralForm) model.getAttribute("referral");
        model.addAttribute("providerOptions", choices(form.getRegion(), form.getKind()));
        model.addAttribute("transferCentres", transfers.destinations(kase.centreId()));
        model.addAttribute("caseStaff", staff.caseStaffOf(kase.centreId()));
        model.addAttribute("allProviders", region == null ? List.of() : providers.activeInRegion(region, null));
        model.addAttribute("plannedServices", plans.planOf(kase.id()).services());
        if (!model.containsAttribute("service")) {
            model.addAttribute("service", new ServiceForm());
        }
        if (!model.containsAttribute("transfer")) {
            TransferForm transfer = new TransferForm();
            transfer.setVersion(kase.version());
            model.addAttribute("transfer", transfer);
        }
    }

    private String regionOf(CaseFiles.CaseView kase) {
        return centres.find(kase.centreId()).map(c -> c.regionCode()).orElse(null);
    }

    /** The active providers of the region (all regions' would be too many: none without one), of the kind if given. */
    List<ServiceProvider> choices(String region, ProviderKind kind) {
        return region == null || region.isBlank() || !regions.exists(region) ? List.of()
                : providers.activeInRegion(region, kind);
    }
}
