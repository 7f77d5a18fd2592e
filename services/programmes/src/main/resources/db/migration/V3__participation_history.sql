-- Every change of a participation, who made it and when, as for applications and enterprises.
CREATE TABLE participation_history (
    participation_id  uuid         NOT NULL REFERENCES participation (id) ON DELETE CASCADE,
    version           bigint       NOT NULL,
    change            text         NOT NULL,   -- ENROLLED, COACHING_LOGGED, MILESTONE_REACHED, HOSTED, COMPLETED, ...
    changed_at        timestamptz  NOT NULL,
    changed_by        text         NOT NULL,
    PRIMARY KEY (participation_id, version)
);
