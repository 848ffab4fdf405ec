package stdlib

// argparse in Python, written for minipy: CPython 3.11's parsing rules
// (options classified first, positionals matched greedily by their nargs
// patterns with backtracking, here by a small matcher instead of re) and
// its help layout (usage wrapping, sections, help column), messages and
// exit codes. Messages are not translated (no gettext).

func init() {
	addFrozen("argparse", "Command-line parsing library\n\nThis module is an optparse-inspired command-line parsing library that:\n\n    - handles both optional and positional arguments\n    - produces highly informative usage messages\n    - supports parsers that dispatch to sub-parsers\n", argparseSource)
}

const argparseSource = `
__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

import os as _os
import sys as _sys
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    return text


def ngettext(single, plural, n):
    return single if n == 1 else plural


def _squash(text):
    # Runs of whitespace become one space (argparse's _whitespace_matcher).
    return ' '.join(text.split())


class _AttributeHolder(object):
    # repr() as Name(args..., key=value..., **{odd keys}).

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---- help formatting ----

class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = []          # (heading, [item thunks])
        self._items = []

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    # The formatter collects callables; format_help renders them with the
    # indentation each section had when it was started.

    def start_section(self, heading):
        self._indent()
        self._sections.append((heading, self._items))
        self._items = []

    def end_section(self):
        heading, outer = self._sections.pop()
        items = self._items
        self._items = outer
        indent = self._current_indent

        def render():
            body = ''.join(f() for f in items)
            if not body:
                return ''
            if heading is SUPPRESS or heading is None:
                return body
            return '%*s%s:\n%s\n' % (indent - self._indent_increment, '', heading, body)
        self._items.append(render)
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            indent = self._current_indent
            self._items.append(lambda: self._format_text(text, indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            indent = self._current_indent
            self._items.append(lambda: self._format_usage(usage, actions, groups, prefix, indent))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for sub in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(sub))
        longest = max(len(s) for s in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, longest)
        indent = self._current_indent
        self._items.append(lambda: self._format_action(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = ''.join(f() for f in self._items)
        if text:
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings if part and part is not SUPPRESS])

    # ---- usage

    def _format_usage(self, usage, actions, groups, prefix, indent=0):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % dict(prog=self._prog))
        prog = '%(prog)s' % dict(prog=self._prog)
        if not actions:
            return '%s%s\n\n' % (prefix, prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = ' '.join(s for s in [prog, self._format_actions_usage(optionals + positionals, groups)] if s)
        width = self._width - indent
        if len(prefix) + len(whole) <= width:
            return '%s%s\n\n' % (prefix, whole)
        opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
        pos_parts = _usage_parts(self._format_actions_usage(positionals, groups))

        def lay_out(parts, pad, first_prefix=None):
            # Fill lines up to the width; lines after the first are padded.
            lines, line = [], []
            used = (len(first_prefix) if first_prefix is not None else len(pad)) - 1
            for part in parts:
                if line and used + 1 + len(part) > width:
                    lines.append(pad + ' '.join(line))
                    line, used = [], len(pad) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(pad + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(pad):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lay_out([prog] + opt_parts, pad, prefix) + lay_out(pos_parts, pad)
            elif pos_parts:
                lines = lay_out([prog] + pos_parts, pad, prefix)
            else:
                lines = [prog]
        else:
            pad = ' ' * len(prefix)
            lines = lay_out(opt_parts + pos_parts, pad)
            if len(lines) > 1:
                lines = lay_out(opt_parts, pad) + lay_out(pos_parts, pad)
            lines = [prog] + lines
        return '%s%s\n\n' % (prefix, '\n'.join(lines))

    def _format_actions_usage(self, actions, groups):
        # Each action's usage text; members of a mutually exclusive group
        # are joined with ' | ' inside brackets (parentheses if required).
        in_group = {}
        for group in groups:
            members = group._group_actions
            if not members:
                continue
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            if actions[start:start + len(members)] == members:
                in_group[start] = group
        pieces = []
        k = 0
        while k < len(actions):
            group = in_group.get(k)
            if group is not None:
                members = group._group_actions
                texts = []
                for action in members:
                    if action.help is SUPPRESS:
                        continue
                    text = self._action_usage(action, bracket=False)
                    if not action.option_strings and text.startswith('[') and text.endswith(']') \
                            and len(members) > 1:
                        text = text[1:-1]
                    texts.append(text)
                if texts:
                    inner = ' | '.join(texts)
                    shown = [t for t in texts]
                    if len(shown) == 1:
                        pieces.append(inner if group.required else '[%s]' % inner)
                    else:
                        pieces.append(('(%s)' if group.required else '[%s]') % inner)
                k += len(members)
                continue
            action = actions[k]
            k += 1
            if action.help is SUPPRESS:
                continue
            pieces.append(self._action_usage(action, bracket=True))
        return ' '.join(p for p in pieces if p)

    def _action_usage(self, action, bracket):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            return text
        option = action.option_strings[0]
        if action.nargs == 0:
            text = action.format_usage()
        else:
            text = '%s %s' % (option, self._format_args(
                action, self._get_default_metavar_for_optional(action)))
        if bracket and not action.required:
            text = '[%s]' % text
        return text

    # ---- text and actions

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        lines = []
        if not action.help:
            lines.append('%*s%s\n' % (indent, '', header))
        elif len(header) <= action_width:
            lines.append('%*s%-*s  ' % (indent, '', action_width, header))
            first = True
        else:
            lines.append('%*s%s\n' % (indent, '', header))
            first = False
        if action.help and action.help.strip():
            help_lines = self._split_lines(self._expand_help(action), help_width)
            if help_lines:
                if first:
                    lines.append('%s\n' % help_lines[0])
                    help_lines = help_lines[1:]
                for line in help_lines:
                    lines.append('%*s%s\n' % (help_position, '', line))
        elif not lines[-1].endswith('\n'):
            lines.append('\n')
        for sub in self._iter_indented_subactions(action):
            lines.append(self._format_action(sub, indent + self._indent_increment))
        return self._join_parts(lines)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, args) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return template % get(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is None:
            return
        self._indent()
        yield from get()
        self._dedent()

    def _split_lines(self, text, width):
        return _textwrap.wrap(_squash(text), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_squash(text), width, initial_indent=indent,
                              subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _usage_parts(text):
    # Split a usage line into the pieces wrapping may not break: bracketed
    # or parenthesized runs up to a following space, and plain words.
    parts = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == ' ':
            i += 1
            continue
        if text[i] in '[(':
            close = ']' if text[i] == '[' else ')'
            j = text.find(close, i)
            while j != -1:
                k = j
                while k + 1 < n and text[k + 1] == close:
                    k += 1
                if k + 1 == n or text[k + 1] == ' ':
                    parts.append(text[i:k + 1])
                    i = k + 1
                    break
                j = text.find(close, k + 1)
            else:
                j = text.find(' ', i)
                j = n if j == -1 else j
                parts.append(text[i:j])
                i = j
            continue
        j = text.find(' ', i)
        j = n if j == -1 else j
        parts.append(text[i:j])
        i = j
    return parts


class RawDescriptionHelpFormatter(HelpFormatter):
    """Help message formatter which retains any formatting in descriptions."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help message formatter which retains formatting of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help message formatter which adds default values to argument help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Help message formatter which uses the argument 'type' as the default
    metavar value (instead of the argument 'dest')"""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- errors ----

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%(message)s' % dict(message=self.message)
        return 'argument %(argument_name)s: %(message)s' % dict(
            message=self.message, argument_name=self.argument_name)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""
    pass


# ---- actions ----

class Action(_AttributeHolder):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        vars(self).update(option_strings=option_strings, dest=dest, nargs=nargs,
                          const=const, default=default, type=type, choices=choices,
                          required=required, help=help, metavar=metavar)

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


def _grow(namespace, dest, more):
    # A new list each time: the default list is never mutated.
    current = getattr(namespace, dest, None)
    setattr(namespace, dest, (list(current) if current is not None else []) + list(more))


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, [values])


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, [self.const])


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        shown = parser._get_formatter()
        shown.add_text(parser.version if self.version is None else self.version)
        parser._print_message(shown.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _grow(namespace, self.dest, values)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        for label in (name, *aliases):
            if label in self._name_parser_map:
                what = 'subparser' if label == name else 'subparser alias'
                raise ArgumentError(self, _('conflicting %s: %s') % (what, label))
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if 'help' in kwargs:
            shown = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(shown)
        made = self._parser_class(**kwargs)
        for label in (name, *aliases):
            self._name_parser_map[label] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, remaining = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            raise ArgumentError(self, _('unknown parser %(parser_name)r (choices: '
                                        '%(choices)s)') % {
                                            'parser_name': chosen,
                                            'choices': ', '.join(self._name_parser_map)})
        inner, leftover = sub.parse_known_args(remaining, None)
        vars(namespace).update(vars(inner))
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, []).extend(leftover)


class FileType(object):
    """Factory for creating file object types"""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s") %
                                    {'filename': string, 'error': e})

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


# ---- containers of actions ----

_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


def _negative_number(s):
    # -1, -2.5, -.5 (argparse's _negative_number_matcher).
    if not s.startswith('-') or len(s) < 2:
        return False
    body = s[1:]
    if body.isdigit() and body.isascii():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and (not whole or (whole.isdigit() and whole.isascii())) \
        and frac.isdigit() and frac.isascii()


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        vars(self).update(description=description, argument_default=argument_default,
                          prefix_chars=prefix_chars, conflict_handler=conflict_handler)
        self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda s: s}}
        # Shared with the groups, which see the same lists and tables.
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._get_positional_kwargs(*args, **kwargs)
        else:
            spec = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        if hasattr(self, "_get_formatter"):
            # Fails now, not at --help, when a metavar tuple does not fit.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        if any(_negative_number(o) for o in action.option_strings) \
                and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # A parent parser's actions join ours, in groups of the same titles.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r') % (group.title))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home.update((a, by_title[group.title]) for a in group._group_actions)
        for group in container._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=group.required)
            home.update((a, mine) for a in group._group_actions)
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError('invalid option string %(option)r: must start '
                                 'with a character %(prefix_chars)r' % {
                                     'option': option, 'prefix_chars': self.prefix_chars})
        dest = kwargs.pop('dest', None)
        if dest is None:
            # The first long option names the destination, else the first.
            longs = [o for o in args if len(o) > 1 and o[1] in self.prefix_chars]
            dest = (longs or list(args))[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % args[0])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _check_conflict(self, action):
        clashes = [(s, self._option_string_actions[s]) for s in action.option_strings
                   if s in self._option_string_actions]
        if clashes:
            if self.conflict_handler == 'resolve':
                self._handle_conflict_resolve(action, clashes)
            else:
                names = ', '.join(s for s, _a in clashes)
                raise ArgumentError(action, 'conflicting option string%s: %s'
                                    % ('s' if len(clashes) > 1 else '', names))

    def _handle_conflict_error(self, action, conflicting_actions):
        names = ', '.join(s for s, _a in conflicting_actions)
        raise ArgumentError(action, 'conflicting option string%s: %s'
                            % ('s' if len(conflicting_actions) > 1 else '', names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, other in conflicting_actions:
            other.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- matching nargs patterns over the classified argument strings ----
#
# Each argument string is classified 'O' (an option), 'A' (a value) or
# '-' (the '--' separator). A positional's nargs is a pattern over that
# string; several positionals are matched in sequence, greedily, with
# backtracking, as the regular expressions of CPython's argparse do.

def _nargs_items(nargs, optional_action):
    # The pattern as (allowed characters, min, max) items; -1 is "any".
    dash = () if optional_action else (('-', 0, -1),)
    if nargs is None:
        items = dash + (('A', 1, 1),) + dash
    elif nargs == OPTIONAL:
        items = dash + (('A', 0, 1),) + dash
    elif nargs == ZERO_OR_MORE:
        items = dash + (('A-' if not optional_action else 'A', 0, -1),)
    elif nargs == ONE_OR_MORE:
        items = dash + (('A', 1, 1), ('A-' if not optional_action else 'A', 0, -1))
    elif nargs == REMAINDER:
        items = (('-AO' if not optional_action else 'AO', 0, -1),)
    elif nargs == PARSER:
        items = dash + (('A', 1, 1), ('-AO' if not optional_action else 'AO', 0, -1))
    elif nargs == SUPPRESS:
        items = dash + dash
    else:
        items = dash
        for _k in range(nargs):
            items += (('A', 1, 1),) + dash
    return items


def _match_sequence(groups, text):
    # Match each group's items in turn from the start of text; the
    # lengths of the groups, or None. Quantifiers are greedy.
    def match_groups(gs, pos):
        if not gs:
            return []
        start = pos

        def finish(end_pos):
            tail = match_groups(gs[1:], end_pos)
            return None if tail is None else [end_pos - start] + tail

        # Run the items of this group; at its end, continue with the rest.
        def run_items(items, p):
            if not items:
                return finish(p)
            chars, lo, hi = items[0]
            n = 0
            cap = len(text) - p if hi == -1 else hi
            while n < cap and p + n < len(text) and text[p + n] in chars:
                n += 1
            for take in range(n, lo - 1, -1):
                got = run_items(items[1:], p + take)
                if got is not None:
                    return got
            return None
        return run_items(gs[0], pos)

    return match_groups(groups, 0)


# ---- the parser ----

class ArgumentParser(_AttributeHolder, _ActionsContainer):

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        vars(self).update(prog=prog, usage=usage, epilog=epilog,
                          formatter_class=formatter_class,
                          fromfile_prefix_chars=fromfile_prefix_chars,
                          add_help=add_help, allow_abbrev=allow_abbrev,
                          exit_on_error=exit_on_error)
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS, help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        titled = 'title' in kwargs or 'description' in kwargs
        if titled:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', _('subcommands')), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-parsers are named after this parser's usage up to its
            # positionals: "prog [positionals...]".
            shown = self._get_formatter()
            shown.add_usage(self.usage, self._get_positional_actions(),
                            self._mutually_exclusive_groups, '')
            kwargs['prog'] = shown.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        action = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, without overwriting what the namespace has.
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        leftover = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if leftover is not None:
            args.extend(leftover)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        # Mutually exclusive partners of each action.
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for k, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:k] + members[k + 1:])
        # Classify the strings.
        option_at = {}
        kinds = []
        rest_are_values = False
        for k, arg in enumerate(arg_strings):
            if rest_are_values:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                rest_are_values = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    option_at[k] = found
                    kinds.append('O')
        pattern = ''.join(kinds)
        seen_actions = set()
        seen_non_default = set()

        def take_action(action, values_strings, option_string=None):
            seen_actions.add(action)
            value = self._get_values(action, values_strings)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, _('not allowed with argument %s')
                                            % _get_action_name(other))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        extras = []

        def consume_optional(start):
            action, option_string, explicit_arg = option_at[start]
            stop = start + 1
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    arg_count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if arg_count == 0 and option_string[1] not in chars and explicit_arg != '':
                        # -xyz as -x -y -z (or -x -yz when y takes a value)
                        take_action(action, [], option_string)
                        char = option_string[0]
                        option_string = char + explicit_arg[0]
                        new_explicit = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = new_explicit
                            continue
                        raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
                    if arg_count == 1:
                        take_action(action, [explicit_arg], option_string)
                        return stop
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
                count = self._match_argument(action, pattern[stop:])
                take_action(action, arg_strings[stop:stop + count], option_string)
                return stop + count

        positionals = self._get_positional_actions()

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                take_action(action, arg_strings[start:start + count])
                start += count
            del positionals[:len(counts)]
            return start

        start = 0
        max_option = max(option_at) if option_at else -1
        while start <= max_option:
            next_option = min(k for k in option_at if k >= start)
            if start != next_option:
                after = consume_positionals(start)
                if after > start:
                    start = after
                    continue
                start = after
            if start not in option_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error(_('the following arguments are required: %s') % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = []
                    for line in f.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    out.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        items = _nargs_items(action.nargs, bool(action.option_strings))
        found = _match_sequence([items], pattern)
        if found is None:
            nargs = action.nargs
            messages = {None: _('expected one argument'),
                        OPTIONAL: _('expected at most one argument'),
                        ONE_OR_MORE: _('expected at least one argument')}
            message = messages.get(nargs)
            if message is None:
                message = ngettext('expected %s argument', 'expected %s arguments',
                                   action.nargs) % action.nargs
            raise ArgumentError(action, message)
        return found[0]

    def _match_arguments_partial(self, actions, pattern):
        for k in range(len(actions), 0, -1):
            groups = [_nargs_items(a.nargs, bool(a.option_strings)) for a in actions[:k]]
            found = _match_sequence(groups, pattern)
            if found is not None:
                return found
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._get_option_tuples(arg_string)
        if len(matches) > 1:
            options = ', '.join(option for _a, option, _e in matches)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': options})
        if len(matches) == 1:
            return matches[0]
        if _negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        found = []
        if option_string[0] in chars and option_string[1:2] and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, sep, explicit = option_string.partition('=')
                explicit = explicit if sep else None
                for known, action in self._option_string_actions.items():
                    if known.startswith(prefix):
                        found.append((action, known, explicit))
        elif option_string[0] in chars and option_string[1:2] not in ('', *chars):
            short = option_string[:2]
            short_explicit = option_string[2:]
            for known, action in self._option_string_actions.items():
                if known == short:
                    found.append((action, known, short_explicit))
                elif self.allow_abbrev and known.startswith(option_string):
                    found.append((action, known, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        convert = self._get_value
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = convert(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = convert(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [convert(action, v) for v in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for v in values:
                self._check_value(action, v)
        return values

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value, 'choices': ', '.join(map(repr, action.choices))}
            raise ArgumentError(action, _('invalid choice: %(value)r (choose from '
                                          '%(choices)s)') % args)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        args = {'prog': self.prog, 'message': message}
        self.exit(2, _('%(prog)s: error: %(message)s\n') % args)

    def parse_intermixed_args(self, args=None, namespace=None):
        return self.parse_args(args, namespace)

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self.parse_known_args(args, namespace)
`
