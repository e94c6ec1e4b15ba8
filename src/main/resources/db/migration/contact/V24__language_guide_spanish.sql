-- The language guide speaks Spanish too: each term says its language. Notes are checked against
-- every term, whatever the worker's language, since a note may quote words in either.
alter table language_term add column language varchar(5) not null default 'en' check (language in ('en', 'es'));
insert into language_term (term, suggestion, language) values
    ('adicto', 'persona con un trastorno por consumo de sustancias; persona en recuperación', 'es'),
    ('adicta', 'persona con un trastorno por consumo de sustancias; persona en recuperación', 'es'),
    ('adictos', 'personas con trastornos por consumo de sustancias; personas en recuperación', 'es'),
    ('drogadicto', 'persona que consume drogas', 'es'),
    ('drogadicta', 'persona que consume drogas', 'es'),
    ('alcohólico', 'persona con un trastorno por consumo de alcohol', 'es'),
    ('alcohólica', 'persona con un trastorno por consumo de alcohol', 'es'),
    ('limpio', 'sin consumo actualmente; negativo (en una prueba)', 'es'),
    ('limpia', 'sin consumo actualmente; negativa (en una prueba)', 'es'),
    ('sucio', 'con consumo actualmente; positivo (en una prueba)', 'es'),
    ('sucia', 'con consumo actualmente; positiva (en una prueba)', 'es'),
    ('abuso de sustancias', 'consumo de sustancias; trastorno por consumo de sustancias', 'es'),
    ('recaída', 'recurrencia; volver a consumir', 'es'),
    ('sufre de', 'vive con; tiene la experiencia de', 'es'),
    ('enfermo mental', 'persona con una condición de salud mental', 'es'),
    ('enferma mental', 'persona con una condición de salud mental', 'es'),
    ('loco', 'describa la experiencia con las palabras de la persona', 'es'),
    ('loca', 'describa la experiencia con las palabras de la persona', 'es'),
    ('manipulador', 'describa lo que pasó y lo que la persona pudo necesitar', 'es'),
    ('manipuladora', 'describa lo que pasó y lo que la persona pudo necesitar', 'es'),
    ('no cumple', 'decidió no hacerlo; no está de acuerdo con el plan (diga lo que la persona prefería)', 'es');
