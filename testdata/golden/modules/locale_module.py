import locale
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# Independent of the environment: set the locale first.
t(lambda: locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
t(lambda: locale.setlocale(locale.LC_ALL)); t(lambda: locale.getlocale()); t(lambda: locale.getencoding())
print(type(locale.setlocale(locale.LC_ALL, '')).__name__)
t(lambda: locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
t(lambda: locale.localeconv())
t(lambda: locale.format_string('%d %.2f %s', (1234567, 1234.5, 'x'), grouping=True)); t(lambda: locale.str(3.14159265358979)); t(lambda: locale.atof('1234.5')); t(lambda: locale.atoi('42')); t(lambda: locale.atof('2.5', str))
t(lambda: locale.currency(5)); t(lambda: locale.setlocale(locale.LC_ALL, 'xx_YY')); t(lambda: locale.setlocale(99, 'C')); t(lambda: locale.setlocale(locale.LC_ALL, ('en_US', 'UTF-8')))
t(lambda: locale.setlocale(locale.LC_NUMERIC, 'C')); t(lambda: locale.getlocale(locale.LC_NUMERIC)); t(lambda: locale.setlocale(locale.LC_ALL, 'C')); t(lambda: locale.getlocale()); t(lambda: locale.getlocale(locale.LC_ALL))
t(lambda: locale.setlocale(locale.LC_ALL, 'C.UTF-8')); t(lambda: locale.getlocale()); t(lambda: locale.setlocale(locale.LC_TIME, 'POSIX')); t(lambda: locale.setlocale(locale.LC_ALL)); t(lambda: locale.getlocale(locale.LC_ALL)); t(lambda: locale.setlocale(locale.LC_ALL, None))
for name in ['en_US', 'C.UTF-8', 'de', 'de_DE.utf8', 'fr_FR@euro', 'sr_RS@latin', 'ja_JP.eucJP', 'zz', 'en_US.ISO-8859-15', 'POSIX', 'english', 'pt_br.UTF-8@foo', 'de_de.iso88591@euro']:
    print(name, repr(locale.normalize(name)))
t(lambda: locale.nl_langinfo(locale.CODESET)); t(lambda: locale.nl_langinfo(locale.D_T_FMT)); t(lambda: locale.nl_langinfo(locale.DAY_1)); t(lambda: locale.nl_langinfo(locale.RADIXCHAR)); t(lambda: locale.nl_langinfo(12345678))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX, locale.CODESET)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'), sorted(['b', 'A', 'a'], key=locale.strxfrm))
print(locale.delocalize('1,234.5'), locale.localize('1234.5', grouping=True), locale.format_string('%(a)s-%(b)05.1f', {'a': 1, 'b': 2.25}))
print(sorted(locale.__all__), issubclass(locale.Error, Exception), len(locale.locale_alias) > 500)
