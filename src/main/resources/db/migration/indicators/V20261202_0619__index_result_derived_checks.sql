-- Writing a first fill (35,000 results) spent most of its time in PostgreSQL keeping constraints and indexes, not in
-- storing the rows (measured server-side with INSERT ... SELECT of the same rows: 570 ms, of which 130 ms the two
-- pattern checks and ~150 ms the second index; decision 0032).
--
-- The results table holds only what the engine derives: its index codes are IndexDefinition's names (a test checks
-- them against the pattern) and its geographies are those of stored values, which indicator_value's own check
-- already admitted. The checks that tie the columns together stay.
ALTER TABLE indicator_index_result DROP CONSTRAINT indicator_index_result_index_code_check;
ALTER TABLE indicator_index_result DROP CONSTRAINT indicator_index_result_geography_check;
-- "Every geography's result of an index for a year" is served by the primary key (index_code, geography, year):
-- the year is checked inside the index while scanning the index's few thousand entries, with no table visit for
-- the other years.
DROP INDEX indicator_index_result_year_idx;
