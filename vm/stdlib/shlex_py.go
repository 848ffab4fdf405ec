package stdlib

// shlex in Python, written for minipy: the lexer is a state machine with
// one method per state (between tokens, in a word or punctuation run, in
// quotes, after an escape), giving CPython's tokens in both posix and
// compatibility modes; quote() checks its safe set without re.

func init() {
	addFrozen("shlex", "A lexical analyzer class for simple shell-like syntaxes.", shlexSource)
}

const shlexSource = `
import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_EMIT, _SKIP, _MORE = 0, 1, 2


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if instream is None:
            instream, infile = sys.stdin, None
        elif isinstance(instream, str):
            instream = StringIO(instream)
        letters = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if posix:
            # The Latin-1 letters count as word characters too.
            letters += ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7)
            letters += ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            letters = ''.join(c for c in letters + '~-./*?='
                              if c not in punctuation_chars)
            self._pushback_chars = deque()
        vars(self).update(
            instream=instream, infile=infile, posix=posix,
            eof=None if posix else '', commenters='#', wordchars=letters,
            whitespace=' \t\r\n', whitespace_split=False, quotes='\'"',
            escape='\\', escapedquotes='"', state=' ', pushback=deque(),
            lineno=1, debug=0, token='', filestack=deque(), source=None,
            _punctuation_chars=punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def _trace(self, level, text):
        if self.debug >= level:
            print('shlex: ' + text)

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self._trace(1, 'pushing token %r' % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if newfile is None:
            self._trace(1, 'pushing to stream %s' % (newstream,))
        else:
            self._trace(1, 'pushing to file %s' % (newfile,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._trace(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            self._trace(1, 'popping token %r' % (tok,))
            return tok
        tok = self.read_token()
        # A "source" keyword includes the file named by the next token.
        while self.source is not None and tok == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            tok = self.get_token()
        # The end of an included file resumes the one that included it.
        while tok == self.eof and self.filestack:
            self.pop_source()
            tok = self.get_token()
        self._trace(1, 'token=EOF' if tok == self.eof else 'token=%r' % (tok,))
        return tok

    # ---- the scanner: one method per state; each returns whether to
    # emit the token, skip the character, or go on

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _finish_word(self, quoted):
        # Whitespace or a comment ended a word: emit it if there is one.
        return _EMIT if self.token or (self.posix and quoted) else _SKIP

    def _between(self, ch, quoted):
        # State ' ': between tokens.
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            return self._finish_word(quoted)
        if ch in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, 'a'
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, 'a'
        else:
            self.token = ch
            return self._finish_word(quoted)
        return _MORE

    def _in_quotes(self, ch):
        if not ch:
            raise ValueError("No closing quotation")
        if ch == self.state:
            if not self.posix:
                self.token += ch
                self.state = ' '
                return _EMIT
            self.state = 'a'
        elif self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = ch
        else:
            self.token += ch
        return _MORE

    def _escaped(self, ch):
        if not ch:
            raise ValueError("No escaped character")
        # Inside quotes only the quote and the escape itself are escaped;
        # otherwise the backslash stays.
        back = self._resume
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return _MORE

    def _in_word(self, ch, quoted):
        # States 'a' (a word) and 'c' (a run of punctuation).
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            self.state = ' '
            return self._finish_word(quoted)
        if ch in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = ' '
                return self._finish_word(quoted)
            return _MORE
        if self.state == 'c':
            if ch in self._punctuation_chars:
                self.token += ch
                return _MORE
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return _EMIT
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes or
              (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = ' '
            return self._finish_word(quoted)
        return _MORE

    def read_token(self):
        quoted = False
        self._resume = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                step = self._between(ch, quoted)
            elif state in self.quotes:
                quoted = True
                step = self._in_quotes(ch)
            elif state in self.escape:
                step = self._escaped(ch)
            elif state in ('a', 'c'):
                step = self._in_word(ch, quoted)
            else:
                step = _MORE
            if step == _EMIT:
                break
        tok, self.token = self.token, ''
        if tok == '' and self.posix and not quoted:
            tok = None
        self._trace(2, 'raw token=%r' % (tok,) if tok else 'raw token=EOF')
        return tok

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        name = newfile[1:-1] if newfile[:1] == '"' else newfile
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = '#' if comments else ''
    return [tok for tok in lexer]


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(map(quote, split_command))


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # Single quotes protect everything; a single quote itself is closed,
    # double-quoted and reopened.
    return "'%s'" % s.replace("'", "'\"'\"'")
`
