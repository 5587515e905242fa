-- Until now a supervisor reached every case of her centre. So that upgrading takes nobody's access away overnight,
-- every existing supervisor of a centre starts with every caseworker of that centre in her team; administrators and
-- managers then narrow the teams on /admin/teams (decision 0026). A new database has no users yet: nothing is added.
INSERT INTO supervision (supervisor_id, caseworker_id)
SELECT s.id, c.id
FROM app_user s JOIN app_user c ON c.centre_id = s.centre_id AND c.role = 'CASEWORKER'
WHERE s.role = 'SUPERVISOR' AND s.scope_level = 'CENTRE';
