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
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            # The Latin-1 letters count as word characters too.
            self.wordchars += ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7)
            self.wordchars += ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d'
                  % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

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
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


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
    return "'" + s.replace("'", "'\"'\"'") + "'"
`
