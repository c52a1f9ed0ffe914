-- A person's Chinese sort key comes from the name in Chinese characters where there is one
-- (郑栅洁 sorts under "zheng" by its characters' pinyin, first among Chinese names), else from the
-- romanised name, as titles fall back to English. The English and Malay keys stay on the
-- romanised name. The trigger now also fires when only the Chinese name changes.
DROP TRIGGER "Person_sort_keys" ON "Person";
CREATE TRIGGER "Person_sort_keys" BEFORE INSERT OR UPDATE OF "name", "nameZh" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION "mou_set_sort_keys"('name', 'name', 'nameZh');

-- Rows written before this migration.
UPDATE "Person" SET "sortKeyZh" = mou_sort_key(coalesce(nullif(btrim("nameZh"), ''), "name"), true);
