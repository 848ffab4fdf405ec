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
    """Compares two sequences of hashable elements: their matching blocks,
    the edit opcodes from one to the other, and similarity ratios."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk, self.autojunk = isjunk, autojunk
        self.a = self.b = None
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        for setter, seq in ((self.set_seq1, a), (self.set_seq2, b)):
            setter(seq)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is not self.a:
            self.a = a
            self._forget()

    def set_seq2(self, b):
        """Set the second sequence to be compared."""
        if b is not self.b:
            self.b = b
            self._forget()
            self.fullbcount = None
            self._index_b()

    def _forget(self):
        # The cached results, computed again on demand.
        self.matching_blocks = None
        self.opcodes = None

    def _index_b(self):
        # b2j: element -> ascending indices in b, without the junk (isjunk)
        # and, for a b of 200 or more, the popular elements (more than 1%).
        where = {}
        for j, x in enumerate(self.b):
            where.setdefault(x, []).append(j)
        junk = self.bjunk = set()
        if self.isjunk:
            junk.update(x for x in where if self.isjunk(x))
            for x in junk:
                del where[x]
        popular = self.bpopular = set()
        if self.autojunk and len(self.b) >= 200:
            limit = len(self.b) // 100 + 1
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
        cached = self.matching_blocks
        if cached is not None:
            return cached
        la = len(self.a)
        lb = len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if i > alo and j > blo:
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
        if self.opcodes is None:
            i = j = 0
            codes = self.opcodes = []
            for m in self.get_matching_blocks():
                gap_a, gap_b = m.a > i, m.b > j
                if gap_a or gap_b:
                    tag = 'replace' if gap_a and gap_b else 'delete' if gap_a else 'insert'
                    codes.append((tag, i, m.a, j, m.b))
                i, j = m.a + m.size, m.b + m.size
                if m.size:
                    codes.append(('equal', m.a, i, m.b, j))
        return self.opcodes

    def get_grouped_opcodes(self, n=3):
        """ Isolate change clusters by eliminating ranges with no changes."""
        codes = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        # Trim unchanged context at both ends to n lines.
        first, last = codes[0], codes[-1]
        if first[0] == 'equal':
            codes[0] = ('equal', max(first[1], first[2] - n), first[2],
                        max(first[3], first[4] - n), first[4])
        if last[0] == 'equal':
            codes[-1] = ('equal', last[1], min(last[2], last[1] + n),
                         last[3], min(last[4], last[3] + n))
        group = []
        for tag, i1, i2, j1, j2 in list(codes):
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
        if not isinstance(self.fullbcount, dict):
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
        sizes = (len(self.a), len(self.b))
        return _ratio(min(sizes), sum(sizes))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not (cutoff >= 0.0 and cutoff <= 1.0):
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher(None, '', word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds first.
        if all(r() >= cutoff for r in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)):
            scored.append((matcher.ratio(), candidate))
    return [x for _, x in _nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    """Compares sequences of lines and writes human-readable deltas: lines
    prefixed "- ", "+ ", "  ", and "? " guides under similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk, self.charjunk = linejunk, charjunk

    def compare(self, a, b):
        """The delta turning the lines a into the lines b."""
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
                continue
            mark = {'delete': '-', 'insert': '+', 'equal': ' '}.get(tag)
            if mark is None:
                raise ValueError('unknown tag %r' % (tag,))
            if tag == 'insert':
                yield from self._dump(mark, b, blo, bhi)
            else:
                yield from self._dump(mark, a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        for line in x[lo:hi]:
            yield tag + ' ' + line

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
        for j, bline in enumerate(b[blo:bhi], blo):
            cruncher.set_seq2(bline)
            for i, aline in enumerate(a[alo:ahi], alo):
                if aline == bline:
                    if eq is None:
                        eq = (i, j)
                    continue
                cruncher.set_seq1(aline)
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
        for mark, line, tags in (("- ", aline, atags), ("+ ", bline, btags)):
            yield mark + line
            guide = _keep_original_ws(line, tags).rstrip()
            if guide:
                yield "? " + guide + "\n"


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
    for seq in (a, b):
        if seq and type(seq[0]) is not str and not isinstance(seq[0], str):
            first = seq[0]
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(first).__name__, first))
    bad = [x for x in args if not isinstance(x, str)]
    if bad:
        raise TypeError('all arguments must be str, not: %r' % (bad[0],))


def _headers(mark1, mark2, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    d1 = '\t' + fromfiledate if fromfiledate else ''
    d2 = '\t' + tofiledate if tofiledate else ''
    return ('{} {}{}{}'.format(mark1, fromfile, d1, lineterm),
            '{} {}{}{}'.format(mark2, tofile, d2, lineterm))


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The delta from a to b (lists of lines) as a unified diff, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers('---', '+++', fromfile, tofile, fromfiledate, tofiledate, lineterm)
        yield '@@ -{} +{} @@{}'.format(_range_unified(group[0][1], group[-1][2]),
                                       _range_unified(group[0][3], group[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            old = [(' ' if tag == 'equal' else '-') + x for x in a[i1:i2]] if tag != 'insert' else []
            new = ['+' + x for x in b[j1:j2]] if tag in ('replace', 'insert') else []
            yield from old
            yield from new


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta from a to b (lists of lines) as a context diff, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            yield from _headers('***', '---', fromfile, tofile, fromfiledate, tofiledate, lineterm)
        tags = {g[0] for g in group}
        yield '*' * 15 + lineterm
        yield '*** {} ****{}'.format(_range_context(group[0][1], group[-1][2]), lineterm)
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    yield from (_CONTEXT_MARK[tag] + x for x in a[i1:i2])
        yield '--- {} ----{}'.format(_range_context(group[0][3], group[-1][4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    yield from (_CONTEXT_MARK[tag] + x for x in b[j1:j2])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) over lines given as bytes;
    the delta's lines are bytes too."""
    def text(x):
        try:
            return x.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(x).__name__, x)) from err
    lines = dfunc([text(x) for x in a], [text(x) for x in b],
                  *map(text, (fromfile, tofile, fromfiledate, tofiledate)), n, text(lineterm))
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
