-- The Kazakh protective-order page's heading "Ол нені тыйым салады" governs the wrong case: тыйым салу takes the
-- dative, "Ол неге тыйым салады" (what it forbids). Corrected only where the page still holds the text seeded by
-- V20261129_0700 (compared by its MD5): a page an administrator has edited since is theirs and is left alone.
UPDATE portal_page
SET body = replace(body, '## Ол нені тыйым салады', '## Ол неге тыйым салады'),
    updated_at = now()
WHERE slug = 'protective-order'
  AND language = 'kk'
  AND md5(body) = '4be65c1fa79c121def4457ffa60a8f52';
