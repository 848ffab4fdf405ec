package stdlib

// glob in Python, written for minipy: the walk of CPython's glob over
// os.listdir, with a small shell-pattern matcher of its own (fnmatch's
// rules for one path component) instead of fnmatch and re.

func init() {
	addFrozen("glob", "Filename globbing utility.", globSource)
}

const globSource = `
import itertools
import os
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If ` + "`" + `include_hidden` + "`" + ` is true, the patterns '*', '?', '**'  will match hidden
    directories.

    If ` + "`" + `recursive` + "`" + ` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by minipy")
    if isinstance(pathname, bytes):
        # Work on text; names go back to bytes on the way out.
        root = None if root_dir is None else os.fspath(root_dir)
        if isinstance(root, bytes):
            root = root.decode('utf-8', 'surrogateescape')
        for found in iglob(pathname.decode('utf-8', 'surrogateescape'),
                           root_dir=root, recursive=recursive,
                           include_hidden=include_hidden):
            yield found.encode('utf-8', 'surrogateescape')
        return
    root = os.fspath(root_dir) if root_dir is not None else ''
    found = _expand(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and pathname[:2] == '**'):
        # '**' at the start also yields '' for the root itself: skip it.
        first = next(found, None)
        if first:
            yield first
    yield from found


def _expand(pattern, root, recursive, dirs_only, hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        here = os.path.join(root, pattern) if root else pattern
        if tail:
            if os.path.lexists(here):
                yield pattern
        elif os.path.isdir(os.path.join(root, head) if root else head):
            yield pattern
        return
    if not head:
        yield from _in_dir(root, tail, recursive, dirs_only, hidden)
        return
    if head != pattern and has_magic(head):
        parents = _expand(head, root, recursive, True, hidden)
    else:
        parents = [head]
    for parent in parents:
        where = os.path.join(root, parent) if root else parent
        for name in _in_dir(where, tail, recursive, dirs_only, hidden):
            yield os.path.join(parent, name)


def _in_dir(directory, pattern, recursive, dirs_only, hidden):
    # The names in directory matching one path component.
    if not has_magic(pattern):
        if pattern:
            if os.path.lexists(os.path.join(directory, pattern)):
                return [pattern]
        elif os.path.isdir(directory):
            return [pattern]
        return []
    if recursive and pattern == '**':
        return itertools.chain([''], _walk(directory, dirs_only, hidden))
    names = _names(directory, dirs_only)
    if not (hidden or pattern[0] == '.'):
        names = [n for n in names if n[0] != '.']
    matcher = _Pattern(pattern)
    return [n for n in names if matcher.match(n)]


def _names(directory, dirs_only):
    try:
        names = os.listdir(directory or os.curdir)
    except OSError:
        return []
    if dirs_only:
        names = [n for n in names
                 if os.path.isdir(os.path.join(directory, n))]
    return names


def _walk(directory, dirs_only, hidden):
    for name in _names(directory, dirs_only):
        if hidden or name[0] != '.':
            yield name
            sub = os.path.join(directory, name) if directory else name
            for deeper in _walk(sub, dirs_only, hidden):
                yield os.path.join(name, deeper)


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


def _isrecursive(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def escape(pathname):
    """Escape all special characters.
    """
    drive, path = os.path.splitdrive(pathname)
    if isinstance(path, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c])
                       for c in path)
    else:
        out = ''.join('[' + c + ']' if c in '*?[' else c for c in path)
    return drive + out


class _Pattern:
    # One shell-style pattern component, matched without regular
    # expressions: '*' any run, '?' any character, '[...]' a set (a
    # leading '!' negates, 'a-z' ranges); an unclosed '[' is literal.
    def __init__(self, pattern):
        self.items = items = []
        i, n = 0, len(pattern)
        while i < n:
            c = pattern[i]
            i += 1
            if c == '*':
                if not items or items[-1] != '*':
                    items.append('*')
            elif c == '?':
                items.append('?')
            elif c == '[':
                j = i
                if j < n and pattern[j] == '!':
                    j += 1
                if j < n and pattern[j] == ']':
                    j += 1
                while j < n and pattern[j] != ']':
                    j += 1
                if j >= n:
                    items.append(('lit', '['))
                    continue
                body = pattern[i:j]
                i = j + 1
                negate = body[:1] == '!'
                if negate:
                    body = body[1:]
                ranges = []
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        if body[k] <= body[k + 2]:
                            ranges.append((body[k], body[k + 2]))
                        k += 3
                    else:
                        ranges.append((body[k], body[k]))
                        k += 1
                items.append(('set', negate, ranges))
            else:
                items.append(('lit', c))

    def _one(self, item, ch):
        if item == '?':
            return True
        if item[0] == 'lit':
            return item[1] == ch
        inside = any(lo <= ch <= hi for lo, hi in item[2])
        return inside != item[1]

    def match(self, name):
        items = self.items
        # Greedy matching with one backtrack point per '*'.
        p = s = 0
        star = -1
        mark = 0
        while s < len(name):
            if p < len(items) and items[p] != '*' and self._one(items[p], name[s]):
                p += 1
                s += 1
            elif p < len(items) and items[p] == '*':
                star, mark = p, s
                p += 1
            elif star >= 0:
                mark += 1
                s = mark
                p = star + 1
            else:
                return False
        while p < len(items) and items[p] == '*':
            p += 1
        return p == len(items)


`
