-- The Senate and the maslikhats beside the Mazhilis: seats by sex (F = held by women, T = all seats) for the
-- representation indices WOMEN_SHARE_SENATE and WOMEN_SHARE_MASLIKHAT, and the maslikhats' share of women as published.
-- Values come with the bundled reference file kz_representation_and_wages.csv (sources in its SOURCES.md) or by import.
-- Not published until someone decides they are (as every new entry, see V20261129_0611).
INSERT INTO indicator (code, position, topic, unit, sex_disaggregated, periodicity, source, sdg_indicator, cedaw_article,
                       name_en, name_ru, name_kk, definition_en, definition_ru, definition_kk) VALUES
('senate_seats', 320, 'POLITICS', 'seats', true, 'YEAR', 'Central Election Commission of Kazakhstan', '5.5.1', '7',
 'Seats in the Senate', 'Места в Сенате', 'Сенаттағы орындар',
 'Senators of the Parliament by sex (elected by the maslikhats and appointed by the President), at the composition in force in the period.',
 'Депутаты Сената Парламента по полу (избранные маслихатами и назначенные Президентом), по составу, действующему в периоде.',
 'Парламент Сенатының депутаттары жынысы бойынша (мәслихаттар сайлаған және Президент тағайындаған), кезеңдегі құрамы бойынша.'),
('maslikhat_seats', 330, 'POLITICS', 'seats', true, 'YEAR', 'Central Election Commission of Kazakhstan', '5.5.1', '7',
 'Seats in the maslikhats', 'Места в маслихатах', 'Мәслихаттардағы орындар',
 'Deputies of the maslikhats of all levels (regional, city and district local representative bodies) by sex, at the composition in force in the period.',
 'Депутаты маслихатов всех уровней (областных, городских и районных представительных органов) по полу, по составу, действующему в периоде.',
 'Барлық деңгейдегі мәслихаттардың (облыстық, қалалық және аудандық өкілді органдардың) депутаттары жынысы бойынша, кезеңдегі құрамы бойынша.'),
('maslikhat_women_share', 340, 'POLITICS', 'percent', false, 'YEAR', 'Central Election Commission of Kazakhstan', '5.5.1', '7',
 'Share of women in the maslikhats', 'Доля женщин в маслихатах', 'Мәслихаттардағы әйелдер үлесі',
 'Women deputies as a percent of all seats in the maslikhats of all levels.',
 'Женщины-депутаты в процентах от всех мест в маслихатах всех уровней.',
 'Әйел депутаттардың барлық деңгейдегі мәслихаттардағы барлық орындарға шаққандағы пайызы.');
