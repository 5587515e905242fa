-- National hotlines shown to the public and to caseworkers. They are national facts, not demo data, so they are
-- seeded here; the administrator may correct or add to them.
CREATE TABLE hotline (
    id               BIGSERIAL PRIMARY KEY,
    number           TEXT NOT NULL CHECK (length(btrim(number)) > 0),
    name_kk          TEXT NOT NULL CHECK (length(btrim(name_kk)) > 0),
    name_ru          TEXT NOT NULL CHECK (length(btrim(name_ru)) > 0),
    name_en          TEXT NOT NULL CHECK (length(btrim(name_en)) > 0),
    description_kk   TEXT NOT NULL DEFAULT '',
    description_ru   TEXT NOT NULL DEFAULT '',
    description_en   TEXT NOT NULL DEFAULT '',
    around_the_clock BOOLEAN NOT NULL,
    free_of_charge   BOOLEAN NOT NULL,
    sort_order       INT NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX hotline_number_uq ON hotline (number);

INSERT INTO hotline (number, name_kk, name_ru, name_en, description_kk, description_ru, description_en,
                     around_the_clock, free_of_charge, sort_order) VALUES
    ('102', 'Полиция', 'Полиция', 'Police',
     'Өміріңізге немесе денсаулығыңызға қауіп төнсе, дереу хабарласыңыз.',
     'Звоните немедленно, если вашей жизни или здоровью угрожает опасность.',
     'Call at once if your life or health is in danger.',
     TRUE, TRUE, 10),
    ('111', 'Отбасы, әйелдер және балалар құқықтары жөніндегі байланыс орталығы',
     'Контакт-центр по вопросам семьи, защиты прав женщин и детей',
     'Contact centre for family, women''s and children''s rights',
     'Мемлекеттік байланыс орталығы: тұрмыстық зорлық-зомбылық, отбасылық қиындықтар, балалардың құқықтары бойынша кеңес береді. Тәулік бойы, тегін.',
     'Государственный контакт-центр: консультации по бытовому насилию, трудностям в семье, правам детей. Круглосуточно, бесплатно.',
     'State contact centre: advice on domestic violence, family difficulties and children''s rights. Around the clock, free of charge.',
     TRUE, TRUE, 20),
    ('150', 'Дағдарыс орталықтары одағының сенім телефоны', 'Телефон доверия Союза кризисных центров',
     'Trust line of the Union of Crisis Centres',
     'Психологиялық қолдау және дағдарыс орталықтарына жолдама; қоңырау шалушының аты-жөні сұралмайды.',
     'Психологическая поддержка и направление в кризисные центры; звонить можно анонимно.',
     'Psychological support and referral to crisis centres; callers may stay anonymous.',
     TRUE, TRUE, 30),
    ('112', 'Бірыңғай құтқару қызметі', 'Единая служба спасения', 'General emergency number',
     'Өрт, жазатайым оқиға, төтенше жағдай кезінде; ұялы телефоннан SIM-картасыз да қоңырау шалуға болады.',
     'При пожаре, несчастном случае, чрезвычайной ситуации; можно звонить с мобильного и без SIM-карты.',
     'For fire, accidents and emergencies; works from a mobile phone, even without a SIM card.',
     TRUE, TRUE, 40);
