-- Cases module (decision 0029): two things the GBVIMS Incident Recorder asks for that were not recorded.

-- Whether the survivor wants to pursue legal action over the incident (null: not asked).
ALTER TABLE incident ADD COLUMN wants_legal_action TEXT
    CHECK (wants_legal_action IN ('YES', 'NO', 'UNDECIDED'));

-- Child protection (the guardianship body) is a service of its own, no longer lumped with other social support:
-- consent, referrals, services provided and planned services may name it.
ALTER TABLE consent DROP CONSTRAINT consent_referral_to_check;
ALTER TABLE consent ADD CONSTRAINT consent_referral_to_check
    CHECK (referral_to IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL', 'CHILD_PROTECTION',
                           'EDUCATION', 'EMPLOYMENT', 'OTHER'));
ALTER TABLE referral DROP CONSTRAINT referral_service_check;
ALTER TABLE referral ADD CONSTRAINT referral_service_check
    CHECK (service IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL', 'CHILD_PROTECTION',
                       'EDUCATION', 'EMPLOYMENT', 'OTHER'));
ALTER TABLE case_service DROP CONSTRAINT case_service_service_check;
ALTER TABLE case_service ADD CONSTRAINT case_service_service_check
    CHECK (service IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL', 'CHILD_PROTECTION',
                       'EDUCATION', 'EMPLOYMENT', 'OTHER'));
ALTER TABLE case_plan_service DROP CONSTRAINT case_plan_service_purpose_check;
ALTER TABLE case_plan_service ADD CONSTRAINT case_plan_service_purpose_check
    CHECK (purpose IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL', 'CHILD_PROTECTION',
                       'EDUCATION', 'EMPLOYMENT', 'OTHER'));

-- Referrals already made to a guardianship body were for child protection (they were recorded as "social" while the
-- two were one service; the consent they rest on stays as it was recorded), and so were services under them.
UPDATE referral r SET service = 'CHILD_PROTECTION'
FROM service_provider p WHERE p.id = r.provider_id AND p.kind = 'GUARDIANSHIP_BODY' AND r.service = 'SOCIAL';
UPDATE case_service s SET service = 'CHILD_PROTECTION'
FROM referral r WHERE r.id = s.referral_id AND r.service = 'CHILD_PROTECTION' AND s.service = 'SOCIAL';
