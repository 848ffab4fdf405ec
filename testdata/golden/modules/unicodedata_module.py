import unicodedata as u
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for ch in 'aZ5½é\u0301 \t\u2028€漢\uac00\U0001F600٣Ⅻ(\x00\ufeff':
    print(repr(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)), u.name(ch, None), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
t(lambda: u.name('ab')); t(lambda: u.name(5)); t(lambda: u.name('\x00')); t(lambda: u.name('\x00', 'dflt')); t(lambda: u.lookup('nope')); t(lambda: u.lookup(5)); t(lambda: u.decimal('a')); t(lambda: u.digit('a')); t(lambda: u.numeric('a')); t(lambda: u.normalize('X', 'a')); t(lambda: u.normalize('NFC', 5)); t(lambda: u.is_normalized('NFC', 'a'))
t(lambda: u.unidata_version); t(lambda: u.lookup('LATIN SMALL LETTER A WITH GRAVE')); t(lambda: u.lookup('latin small letter a with grave')); t(lambda: u.lookup(b'SNOWMAN')); t(lambda: u.lookup('hangul syllable gag')); t(lambda: u.lookup('HANGUL SYLLABLE GAG')); t(lambda: u.lookup('CJK UNIFIED IDEOGRAPH-4E00')); t(lambda: u.lookup('LATIN CAPITAL LETTER GHA')); t(lambda: u.lookup('BYTE ORDER MARK'))
t(lambda: u.category('')); t(lambda: u.lookup('LATIN SMALL LETTER R WITH FISHHOOK AND MIDDLE TILDE')); t(lambda: u.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['café', 'cafe\u0301', 'ﬁ', '①', 'Å', '\u1e9b\u0323', '한국어', '']:
        print(form, repr(s), repr(u.normalize(form, s)), u.is_normalized(form, s))
print([n for n in dir(u) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')])
