package stdlib

// csv in Python over the _csv module (_csv_py.go), written for minipy:
// the Dialect classes, DictReader and DictWriter. Sniffer, which needs
// regular expressions, is not provided.

func init() {
	addFrozen("csv", "\ncsv.py - read/write/investigate CSV files\n", csvSource)
}

const csvSource = `
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, __doc__)
from _csv import Dialect as _Dialect

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Base of the dialect classes: a subclass sets delimiter,
    quotechar, escapechar, doublequote, skipinitialspace, lineterminator
    and quoting as class attributes (see excel)."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as e:
            # The checks of _csv, reported as this module's error.
            raise Error(str(e))


class excel(Dialect):
    """Comma-separated values as Excel writes them."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Tab-separated values as Excel writes them."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Every field quoted, lines ended by a newline alone."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.dialect, self.line_num = dialect, 0
        self.reader = reader(f, dialect, *args, **kwds)

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            # The first row names the fields (none when the file is empty).
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        while not row:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        out = dict(zip(names, row))
        if len(row) > len(names):
            out[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                out[key] = self.restval
        return out



class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in {"raise", "ignore"}:
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.writer = writer(f, dialect, *args, **kwds)
        self.extrasaction = extrasaction

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in extra]))
        fill = self.restval
        return (rowdict.get(name, fill) for name in self.fieldnames)

    def writerow(self, rowdict):
        values = self._dict_to_list(rowdict)
        return self.writer.writerow(values)

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(d) for d in rowdicts)

`
