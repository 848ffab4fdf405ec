package stdlib

// difflib in Python, written for minipy. SequenceMatcher is the
// Ratcliff/Obershelp matcher with CPython's junk rules (an isjunk
// predicate, and with autojunk the "popular" elements of a long second
// sequence), so matching blocks, opcodes and ratios are CPython's;
// unified_diff, context_diff, ndiff/Differ (with the intraline "?" guide
// lines), restore and get_close_matches are built on it. HtmlDiff is not
// provided.

func init() {
	addFrozen("difflib", "\nModule difflib -- helpers for computing deltas between objects.\n", difflibSource)
}

const difflibSource = `
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """
    SequenceMatcher is a flexible class for comparing pairs of sequences of
    any type, so long as the sequence elements are hashable.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> ascending indices in b, without the junk (isjunk)
        # and, for a b of 200 or more, the popular elements (more than 1%).
        where = {}
        for j, x in enumerate(self.b):
            where.setdefault(x, []).append(j)
        self.bjunk = junk = set()
        if self.isjunk:
            junk.update(x for x in where if self.isjunk(x))
            for x in junk:
                del where[x]
        self.bpopular = popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            popular.update(x for x, js in where.items() if len(js) > limit)
            for x in popular:
                del where[x]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find longest matching block in a[alo:ahi] and b[blo:bhi]."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        bi, bj, size = alo, blo, 0
        # run[j]: length of the match of non-junk elements ending at a[i-1], b[j]
        run = {}
        none = ()
        for i in range(alo, ahi):
            nextrun = {}
            for j in where.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = nextrun[j] = run.get(j - 1, 0) + 1
                if k > size:
                    bi, bj, size = i - k + 1, j - k + 1, k
            run = nextrun
        # Grow the block by equal non-junk elements (the popular ones were
        # left out of b2j), then by equal junk on both sides.
        for want_junk in (False, True):
            while (bi > alo and bj > blo and (b[bj - 1] in junk) == want_junk
                   and a[bi - 1] == b[bj - 1]):
                bi, bj, size = bi - 1, bj - 1, size + 1
            while (bi + size < ahi and bj + size < bhi
                   and (b[bj + size] in junk) == want_junk
                   and a[bi + size] == b[bj + size]):
                size += 1
        return Match(bi, bj, size)

    def get_matching_blocks(self):
        """Return list of triples describing matching subsequences."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
                continue
            if ck:
                merged.append(Match(ci, cj, ck))
            ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return list of 5-tuples describing how to turn a into b."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = self.opcodes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """ Isolate change clusters by eliminating ranges with no changes."""
        codes = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        # Trim unchanged context at both ends to n lines.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged run closes the group after n lines and
                # opens the next one n lines before its end.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity (float in [0,1])."""
        matches = sum(m.size for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        if self.fullbcount is None:
            counts = self.fullbcount = {}
            for x in self.b:
                counts[x] = counts.get(x, 0) + 1
        left = dict(self.fullbcount)
        matches = 0
        for x in self.a:
            k = left.get(x, 0)
            if k > 0:
                matches += 1
                left[x] = k - 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for _, x in _nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    r"""
    Differ is a class for comparing sequences of lines of text, and
    producing human-readable differences or deltas.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        r"""
        Compare two sequences of lines; generate the resulting delta.
        """
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Synchronise on the most similar pair of lines (ratio above 0.75),
        # else on the first identical pair, else replace plainly; recurse
        # on both sides of the synch point.
        best, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eq = None
        for j in range(blo, bhi):
            cruncher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if eq is None:
                        eq = (i, j)
                    continue
                cruncher.set_seq1(a[i])
                if (cruncher.real_quick_ratio() > best and cruncher.quick_ratio() > best
                        and cruncher.ratio() > best):
                    best, bi, bj = cruncher.ratio(), i, j
        if best < cutoff:
            if eq is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            bi, bj = eq
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, bi, b, blo, bj)
        aline, bline = a[bi], b[bj]
        if identical:
            yield '  ' + aline
        else:
            atags, btags = [], []
            cruncher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in cruncher.get_opcodes():
                la, lb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                elif tag == 'equal':
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags), ''.join(btags))
        yield from self._fancy_helper(a, bi + 1, ahi, b, bj + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=None):
    r"""
    Return True for ignorable line: iff 'line' is blank or contains a single '#'.
    """
    if pat is not None:
        return pat(line) is not None
    s = line.strip()
    return s == '' or s == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""
    Return True for ignorable character: iff 'ch' is a space or tab.
    """
    return ch in ws


def _range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(first)
    if not length:
        first -= 1
    return '{},{}'.format(first, length)


def _range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '{}'.format(first)
    return '{},{}'.format(first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _headers(mark1, mark2, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    d1 = '\t' + fromfiledate if fromfiledate else ''
    d2 = '\t' + tofiledate if tofiledate else ''
    return ('{} {}{}{}'.format(mark1, fromfile, d1, lineterm),
            '{} {}{}{}'.format(mark2, tofile, d2, lineterm))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a unified diff.
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers('---', '+++', fromfile, tofile, fromfiledate, tofiledate, lineterm)
        yield '@@ -{} +{} @@{}'.format(_range_unified(group[0][1], group[-1][2]),
                                       _range_unified(group[0][3], group[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a context diff.
    """
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers('***', '---', fromfile, tofile, fromfiledate, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_range_context(group[0][1], group[-1][2]), lineterm)
        if any(g[0] in ('replace', 'delete') for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- {} ----{}'.format(_range_context(group[0][3], group[-1][4]), lineterm)
        if any(g[0] in ('replace', 'insert') for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    r"""
    Compare 'a' and 'b', two sequences of lines represented as bytes rather
    than str.
    """
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' %
                   (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""
    Compare 'a' and 'b' (lists of strings); return a 'Differ'-style delta.
    """
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    r"""
    Generate one of the two sequences that generated a delta.
    """
    tags = {1: "- ", 2: "+ "}
    try:
        tag = tags[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]
`
