-- A supervisor's self-assessment against the peer-supervision competencies, kept beside the peer
-- workers' assessments and told apart by its framework.
alter table competency_assessment add column framework varchar(30) not null default 'PEER_WORKER'
    check (framework in ('PEER_WORKER', 'PEER_SUPERVISION'));
