-- Nothing looks values up by their import (the import log keeps its counts on the import row, and imports are never
-- deleted), while every import paid for keeping this index up to date. Inserting the HDR file's 149,258 values took
-- 3.0 s inside PostgreSQL with both secondary indexes and 1.9 s with neither (EXPLAIN ANALYZE, 2026-12-01); the
-- series index is needed by every chart and stays.
DROP INDEX indicator_value_import_idx;
