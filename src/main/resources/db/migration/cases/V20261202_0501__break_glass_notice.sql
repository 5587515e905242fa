-- Cases module (decision 0031): break-glass keeps its national reach, and the owners of a case see on their home
-- page every emergency access to it in the last 30 days. The part finds recent grants by the time they were made.
CREATE INDEX break_glass_granted_idx ON break_glass (granted_at DESC, case_id);
