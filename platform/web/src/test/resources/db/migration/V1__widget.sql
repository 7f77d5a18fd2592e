CREATE TABLE widget (
    id       uuid    PRIMARY KEY,
    name     text    NOT NULL,
    size     integer NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    version  bigint  NOT NULL
);
