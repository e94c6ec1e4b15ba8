-- V53's index made every note write maintain one more index (bench/notes-load.sh: writes 2.55 → 3.20 ms
-- of CPU per note). The team's workload reads notes through each person's own index instead.
drop index if exists contact_note_author_day;
