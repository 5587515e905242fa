-- Median monthly wages by sex: the inputs of the median (OECD-style) unadjusted pay gap, PAY_GAP_MEDIAN, beside the
-- mean series wage_monthly. No values are bundled: they come by import. Not published until someone decides it is
-- (as every new entry, see V20261129_0611).
INSERT INTO indicator (code, position, topic, unit, sex_disaggregated, periodicity, source, sdg_indicator, cedaw_article,
                       name_en, name_ru, name_kk, definition_en, definition_ru, definition_kk) VALUES
('wage_monthly_median', 201, 'ECONOMY', 'tenge', true, 'YEAR', 'Bureau of National Statistics of Kazakhstan', '8.5.1', '11',
 'Median monthly nominal wage', 'Медианная месячная номинальная заработная плата', 'Айлық атаулы жалақының медианасы',
 'Median monthly nominal wage of employees, in tenge: half of the employees earn less, half earn more.',
 'Медианная месячная номинальная заработная плата наёмных работников, в тенге: половина работников получает меньше, половина — больше.',
 'Жалдамалы қызметкерлердің айлық атаулы жалақысының медианасы, теңгемен: қызметкерлердің жартысы одан аз, жартысы одан көп алады.');
