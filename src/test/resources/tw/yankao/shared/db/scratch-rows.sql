insert into backup_scratch (payload, document, happened_at, note, "Note, ""備註""", amount, ratio, flag, day, span,
    uid, tags) values
('\x00ff0d0a222c5c'::bytea, '{"名稱": "研考會", "q": "\"", "list": [1, 2.5, null]}',
    '2024-02-29 23:59:59.123456+08', e'line 1\nline 2\r\n"quoted", comma', '',
    12345678901234567890.0123456789, 0.1, true, '1911-01-01', '1 year 2 mons 3 days 04:05:06.789',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', array['a,b', '"c"', null, '']),
(null, null, null, null, null, null, null, null, null, null, null, null),
('', 'null', 'infinity', '\N', 'NULL', -0.0000000001, 'NaN', false, '-infinity', '-1 days', null, '{}'),
('\x'::bytea, '[]', '1900-01-01 00:00:00+00', e'before\n\\.\nafter', e'\\.', 0, 1e-300, null, '2099-12-31', '0',
    null, array[e'\n'])
