-- Supervision received counts once per supervisee and session.
create unique index training_supervision_once on training (staff_id, supervision_session_id)
    where supervision_session_id is not null;
