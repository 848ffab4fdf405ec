import csv, io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: csv.reader([], delimiter='ab')); t(lambda: csv.reader([], delimiter='')); t(lambda: csv.reader([], delimiter=5)); t(lambda: csv.reader([], quotechar='ab')); t(lambda: csv.reader([], quoting=9)); t(lambda: csv.reader([], lineterminator=5)); t(lambda: csv.reader([], escapechar='ab'))
t(lambda: csv.reader([], delimiter=None)); t(lambda: csv.reader([], quotechar='')); t(lambda: csv.reader([], badarg=1)); t(lambda: csv.reader(5)); t(lambda: list(csv.reader([b'a,b']))); t(lambda: list(csv.reader(['a\0b']))); t(lambda: list(csv.reader(['"abc']))); t(lambda: list(csv.reader(['"abc'], strict=True))); t(lambda: list(csv.reader(['"a"b,c'], strict=True))); t(lambda: list(csv.reader(['a\rb']))); t(lambda: list(csv.reader(['a\nb'])))
t(lambda: csv.writer(io.StringIO()).writerow(5)); t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])); t(lambda: csv.writer(5)); t(lambda: csv.get_dialect('nope')); t(lambda: csv.field_size_limit()); t(lambda: csv.field_size_limit('x')); t(lambda: csv.unregister_dialect('nope'))
t(lambda: csv.list_dialects()); t(lambda: csv.excel.delimiter); t(lambda: csv.Dialect()); t(lambda: csv.register_dialect(5)); t(lambda: csv.register_dialect('x', delimiter='ab'))
class D(csv.Dialect):
    delimiter = ','
t(lambda: D())
class Semi(csv.excel):
    delimiter = ';'
    quoting = csv.QUOTE_ALL
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.quotechar), d.doublequote, repr(d.escapechar), repr(d.lineterminator), d.quoting, d.skipinitialspace, d.strict)
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__, csv.reader([], dialect='unix').dialect.quoting)
text = 'name,age,note\r\nalice,30,"likes ""quotes"""\r\nbob,,"multi\nline, with comma"\r\n\r\n  carol , 7 ,x\r\n'
print(list(csv.reader(io.StringIO(text, newline=''))))
print(list(csv.reader(io.StringIO(text, newline=''), skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"', "x;'y;z'"], delimiter=';', quotechar="'")))
print(list(csv.reader(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')))
print(list(csv.reader(['a,"b"c,d', '"x" ,y'])))
print(list(csv.reader(['1,2.5,"x",,3'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['1,2.5,"x",,abc'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b', 'c",d', 'e'])))
print(list(csv.reader(['a,b\n', 'c,d\r\n', 'e\r'])))
print(list(csv.reader(["a,'b',c"], quoting=csv.QUOTE_NONE, quotechar="'")))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['x|y'], Semi, delimiter='|')))
r = csv.reader(['a,b', '', 'c,"d', 'e"'])
print([(row, r.line_num) for row in r])
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'lineterminator': '\n'}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'dialect': 'unix'}, {'dialect': Semi}, {'delimiter': '\t', 'quotechar': "'"}]:
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    n = w.writerow(['a', 'b c', None, 1.5, 'x"y', '', 3, True, 'p,q', 'line\nbreak', 'cr\rx', "it's", 'back\\slash'])
    try:
        w.writerows([[1, 2], [], ['']])
    except csv.Error as e:
        print('Error', e)
    print(n, repr(buf.getvalue()))
t(lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['q"x']))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, quotechar=None).writerow(['a"b']))
t(lambda: csv.writer(io.StringIO(), quotechar=None).dialect.quoting)
t(lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
old = csv.field_size_limit(10)
t(lambda: list(csv.reader(['short,' + 'x' * 11])))
print(csv.field_size_limit(old))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['id', 'name', 'score'], restval='?')
print(dw.writeheader(), dw.writerow({'id': 1, 'name': 'ann'}), dw.writerows([{'id': 2, 'score': 9.5}, {'name': 'x,y'}]))
print(repr(buf.getvalue()))
t(lambda: dw.writerow({'id': 3, 'bogus': 1}))
t(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='maybe'))
ign = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(ign.writerow({'a': 1, 'zzz': 2}))
rd = csv.DictReader(io.StringIO(buf.getvalue()))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(row, rd.line_num)
rd = csv.DictReader(['a,b', '1,2,3,4', '', '5'], restkey='extra', restval='-')
print(list(rd))
rd = csv.DictReader(iter(["1,2"]), fieldnames=("x", "y"))
print(list(rd), rd.fieldnames)
print(csv.DictReader(io.StringIO('')).fieldnames, list(csv.DictReader(io.StringIO(''))))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, issubclass(csv.Error, Exception), csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n')
print(sorted(n for n in csv.__all__ if n != 'Sniffer'))
