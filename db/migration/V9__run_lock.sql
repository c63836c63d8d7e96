-- The run lock of each account: which run holds it, and through which PostgreSQL session.
--
-- A run takes the lock in a short transaction (the row FOR UPDATE) when the row is free or the
-- session it names has ended: pg_stat_activity no longer lists a backend with that pid, start
-- and role in this database (a pid the server has given to another session since does not
-- count). The session stays open, outside any transaction, for the whole run; the run frees the
-- row when it ends, and a run that dies, even with kill -9, loses its session and so its lock.
--
-- The row lives in rtk_batch, which rtk_reader and every role the loader has not granted it to
-- cannot see: only a role that may write the warehouse can take, hold or block the lock. (An
-- advisory lock, which any session may take on any key, let a read-only login stop every run.)
CREATE TABLE rtk_batch.run_lock (
    account_id     text        PRIMARY KEY,
    holder         text,
    backend_pid    integer,
    backend_start  timestamptz,
    backend_role   oid,
    client_addr    inet,
    taken_at       timestamptz,
    CONSTRAINT run_lock_held_whole CHECK (
        (backend_pid IS NULL) = (holder IS NULL)
        AND (backend_pid IS NULL) = (backend_start IS NULL)
        AND (backend_pid IS NULL) = (backend_role IS NULL)
        AND (backend_pid IS NULL) = (taken_at IS NULL))
);

REVOKE ALL ON rtk_batch.run_lock FROM PUBLIC;

COMMENT ON TABLE rtk_batch.run_lock IS 'The run lock of each account: the run that holds it and its PostgreSQL session (pid, start, role), which must be alive for the lock to hold. A row with no backend_pid is free.';
COMMENT ON COLUMN rtk_batch.run_lock.holder IS 'How the holding run names itself: command, range and process id.';
COMMENT ON COLUMN rtk_batch.run_lock.backend_pid IS 'pg_backend_pid() of the session that holds the lock for the run.';
COMMENT ON COLUMN rtk_batch.run_lock.backend_start IS 'backend_start of that session in pg_stat_activity: a pid given to a later session has another.';
COMMENT ON COLUMN rtk_batch.run_lock.backend_role IS 'The role (pg_roles.oid) that session logged in as.';
COMMENT ON COLUMN rtk_batch.run_lock.client_addr IS 'The address that session connected from (NULL over a Unix socket).';
COMMENT ON COLUMN rtk_batch.run_lock.taken_at IS 'When the run took the lock.';
