-- Every database so far was seeded with these two accounts on first start (the seed ran whenever the users table was
-- empty), so the names identify them; the seed never gave them an e-mail. Learners who joined with their own password
-- keep created_by NULL (they were never teacher-made); learners made with the bulk form have had created_by from the start.
UPDATE `users` SET `demo` = 1 WHERE `username` IN ('demo-nauczyciel', 'demo-uczen') AND `email` IS NULL;
