package stdlib

// textwrap in Python, written for minipy: the chunking that CPython does
// with a regular expression is a hand-written scanner (there is no re
// module yet); the greedy line filling follows the same rules.

func init() {
	addFrozen("textwrap", "Text wrapping and filling.\n", textwrapSource)
}

const textwrapSource = `
__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return (ch.isalnum() or ch == '_') and not ch.isdigit()


def _is_punct(ch):
    return _is_word(ch) or ch in _WORD_PUNCT


def _chunks(text, hyphens):
    # Whitespace runs and words; with hyphens, a word also splits after a
    # hyphen between letters ("well-" "known") and before an em-dash
    # ("--") that follows a word.
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if hyphens and i > 0 and _is_punct(text[i - 1]) and text.startswith('--', i):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j < n and _is_word(text[j]):
                out.append(text[i:j])
                i = j
                continue
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                break
            if hyphens:
                prev = text[j - 1]
                if prev == '-' and j - 1 > i - 0 and _hyphen_break(text, j - 1):
                    break
                if _is_punct(prev) and text.startswith('--', j):
                    k = j
                    while k < n and text[k] == '-':
                        k += 1
                    if k < n and _is_word(text[k]):
                        break
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _hyphen_break(text, h):
    # May a word break after the hyphen at h? Letters must come before
    # (two letters, or letter-hyphen-letter) and after (letter, optional
    # hyphen, letter).
    before = (h >= 2 and _is_letter(text[h - 2]) and _is_letter(text[h - 1])) or \
             (h >= 3 and _is_letter(text[h - 3]) and text[h - 2] == '-' and _is_letter(text[h - 1]))
    if not before:
        return False
    rest = text[h + 1:h + 4]
    if len(rest) >= 2 and _is_letter(rest[0]) and _is_letter(rest[1]):
        return True
    return len(rest) >= 3 and _is_letter(rest[0]) and rest[1] == '-' and _is_letter(rest[2])


def _sentence_end(chunk):
    # A lowercase letter, then . ! or ?, then an optional quote, at the end.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        vars(self).update(
            width=width, initial_indent=initial_indent,
            subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
            replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings,
            break_long_words=break_long_words, drop_whitespace=drop_whitespace,
            break_on_hyphens=break_on_hyphens, tabsize=tabsize,
            max_lines=max_lines, placeholder=placeholder)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        return _chunks(text, self.break_on_hyphens is True)

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = max(width - cur_len, 1)
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first_indent = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        blank = lambda c: not c.strip()
        pending = chunks[::-1]
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and blank(pending[-1]):
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            last_allowed = limit is None or len(lines) + 1 < limit
            nothing_left = not pending or (self.drop_whitespace and len(pending) == 1 and blank(pending[0]))
            if last_allowed or (nothing_left and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if not blank(line[-1]) and used + len(self.placeholder) <= room:
                    lines.append(prefix + ''.join(line) + self.placeholder)
                    return lines
                used -= len(line.pop())
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped
        lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in 'text'."""
    lines = text.split('\n')
    # Lines of spaces and tabs only become empty and set no margin.
    lines = ['' if line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        lead = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None:
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    keep = predicate if predicate is not None else str.strip
    return ''.join(prefix + line if keep(line) else line
                   for line in text.splitlines(True))
`
