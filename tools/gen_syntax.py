#!/usr/bin/env python3
"""Generate (or check) the bad-syntax goldens under testdata/syntax/.

    python3 tools/gen_syntax.py          # (re)write testdata/syntax/NAME.py and NAME.err
    python3 tools/gen_syntax.py --check  # exit 1 if the committed goldens differ from python3

Each case below is written to NAME.py (bytes, exactly as given; str sources are
UTF-8) and NAME.err holds what CPython 3.11's ast.parse (the parser alone: no
symbol table or compiler checks, so `return` outside a function is not an
error) reports for it:

    type: SyntaxError | IndentationError | TabError | OK (the source parses)
    lineno: N          (0 where CPython gives None)
    offset: N          (1-based column, SyntaxError.offset)
    end_lineno: N
    end_offset: N
    msg: the message, on one line
    check_msg: yes | no

check_msg is yes when the message is one of those issue 3 requires verbatim
(REQUIRED_MESSAGES below); the Go test then compares the message too. Type and
line are always compared.
"""

import ast
import os
import re
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_syntax.py: needs python 3.11, got %s" % sys.version.split()[0])

# Messages the parser must reproduce exactly (issue 3's list, plus the bracket
# and nesting messages it names).
REQUIRED_MESSAGES = [
    r"invalid syntax",
    r"expected ':'",
    r"unterminated string literal \(detected at line \d+\)",
    r"unterminated triple-quoted string literal \(detected at line \d+\)",
    r"unexpected indent",
    r"expected an indented block after .* on line \d+",
    r"unindent does not match any outer indentation level",
    r"'[(\[{]' was never closed",
    r"unmatched '[)\]}]'",
    r"closing parenthesis '.' does not match opening parenthesis '.'( on line \d+)?",
    r"cannot assign to literal",
    r"cannot assign to function call",
    r"invalid decimal literal",
    r"too many nested parentheses",
    r"inconsistent use of tabs and spaces in indentation",
]

CASES = [
    ("invalid_syntax_1", "x = = 1\n"),
    ("invalid_syntax_2", "a b c\n"),
    ("invalid_syntax_3", "def f(:\n    pass\n"),
    ("invalid_syntax_4", "import\n"),
    ("invalid_syntax_5", "x = 1 +\n"),
    ("invalid_syntax_6", "class\n"),
    ("invalid_syntax_7", "for x in range(3):\n    pass\nelse pass\n"),
    ("expected_colon_if", "if x\n    pass\n"),
    ("expected_colon_def", "def f()\n    pass\n"),
    ("expected_colon_class", "class C\n    pass\n"),
    ("expected_colon_while", "while True\n    pass\n"),
    ("expected_colon_for", "for i in x\n    pass\n"),
    ("unterminated_string_1", "x = 'abc\n"),
    ("unterminated_string_2", "x = 1\ny = \"abc\n"),
    ("unterminated_string_3", "f(1,\n  'abc)\n"),
    ("unterminated_triple_1", "x = '''abc\n\ny = 2\n"),
    ("unterminated_triple_2", 'x = 1\n"""\nnever closed\n'),
    ("unexpected_indent_1", "x = 1\n    y = 2\n"),
    ("unexpected_indent_2", "  x = 1\n"),
    ("expected_block_if", "if x:\npass\n"),
    ("expected_block_for", "for x in y:\nprint(x)\n"),
    ("expected_block_while", "while x:\nx -= 1\n"),
    ("expected_block_def", "def f():\nreturn 1\n"),
    ("expected_block_class", "class C:\nx = 1\n"),
    ("expected_block_with", "with open(f) as g:\npass\n"),
    ("expected_block_try", "try:\nx = 1\nexcept E:\n    pass\n"),
    ("expected_block_else", "if x:\n    pass\nelse:\npass\n"),
    ("expected_block_elif", "if x:\n    pass\nelif y:\npass\n"),
    ("expected_block_except", "try:\n    pass\nexcept E:\npass\n"),
    ("expected_block_except_as", "try:\n    pass\nexcept E as e:\npass\n"),
    ("expected_block_finally", "try:\n    pass\nfinally:\npass\n"),
    ("expected_block_eof", "def f():\n"),
    ("expected_block_async_def", "async def f():\npass\n"),
    ("expected_block_match", "match x:\ncase 1:\n    pass\n"),
    ("expected_block_case", "match x:\n    case 1:\n    pass\n"),
    ("unindent_mismatch_1", "if x:\n        a = 1\n    b = 2\n"),
    ("unindent_mismatch_2", "def f():\n  if x:\n      pass\n    return\n"),
    ("never_closed_paren", "x = (1, 2\n"),
    ("never_closed_bracket", "x = [1, 2,\n\ny = 3\n"),
    ("never_closed_brace", "d = {'a': 1\n"),
    ("unmatched_paren", "x = 1)\n"),
    ("unmatched_bracket", "x = ]\n"),
    ("unmatched_brace", "}\n"),
    ("mismatched_paren", "x = (1, 2]\n"),
    ("mismatched_bracket", "x = [1, 2}\n"),
    ("mismatched_multiline", "x = (1,\n2]\n"),
    ("assign_literal_1", "1 = x\n"),
    ("assign_literal_2", "'a' = 1\n"),
    ("assign_literal_for", "for 1 in x:\n    pass\n"),
    ("assign_call", "f() = 1\n"),
    ("assign_call_aug", "f() += 1\n"),
    ("assign_expr", "a + b = 1\n"),
    ("assign_none", "None = 1\n"),
    ("assign_keyword_true", "True = 1\n"),
    ("assign_comparison", "a < b = 1\n"),
    ("assign_lambda", "lambda: 1 = 2\n"),
    ("del_literal", "del 1\n"),
    ("del_call", "del f()\n"),
    ("invalid_decimal_1", "x = 1a\n"),
    ("invalid_decimal_2", "x = 12_\n"),
    ("invalid_decimal_3", "x = 0b2\n"),
    ("invalid_hex", "x = 0xg\n"),
    ("invalid_octal", "x = 0o8\n"),
    ("leading_zeros", "x = 012\n"),
    ("invalid_imag", "x = 1.5jx\n"),
    ("tab_error_1", "if x:\n\tpass\n        pass\n"),
    ("tab_error_2", "def f():\n    \tpass\n\tpass\n"),
    ("too_many_parens", "x = " + "(" * 201 + "1" + ")" * 201 + "\n"),
    ("too_many_brackets", "x = " + "[" * 201 + "]" * 201 + "\n"),
    ("too_many_indent", "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n"),
    ("keyword_as_name_1", "def = 1\n"),
    ("keyword_as_name_2", "class = 1\n"),
    ("keyword_import_as", "import a as if\n"),
    ("keyword_param", "def f(if): pass\n"),
    ("keyword_attr", "x.if = 1\n"),
    ("keyword_kwarg", "f(if=1)\n"),
    ("keyword_assign_true_kw", "f(True=1)\n"),
    ("fstring_empty_expr", "f'{}'\n"),
    ("fstring_unclosed_brace", "f'{x'\n"),
    ("fstring_single_close", "f'}'\n"),
    ("fstring_backslash", "f'{\"\\n\".join(x)}'\n"),
    ("fstring_bad_conversion", "f'{x!z}'\n"),
    ("fstring_comment", "f'{x#}'\n"),
    ("fstring_bad_expr", "f'{a b}'\n"),
    ("fstring_lambda", "f'{lambda x:1}'\n"),
    ("fstring_star", "f'{*x}'\n"),
    ("bytes_nonascii", "x = b'caf\u00e9'\n"),
    ("bytes_bad_hex", "x = b'\\x4'\n"),
    ("str_bad_hex", "x = '\\x4'\n"),
    ("str_bad_unicode", "x = '\\u12'\n"),
    ("str_bad_named", "x = '\\N{NO SUCH NAME}'\n"),
    ("str_big_codepoint", "x = '\\U00110000'\n"),
    ("pos_after_kw", "f(a=1, b)\n"),
    ("pos_after_kwunpack", "f(**k, b)\n"),
    ("iterable_unpack_after_kwunpack", "f(**k, *a)\n"),
    ("nondefault_after_default", "def f(a=1, b): pass\n"),
    ("nondefault_after_default_lambda", "lambda a=1, b: 0\n"),
    ("star_without_names", "def f(*): pass\n"),
    ("star_without_names_2", "def f(*, **k): pass\n"),
    ("duplicate_star", "def f(*a, *b): pass\n"),
    ("kwargs_not_last", "def f(**k, a): pass\n"),
    ("slash_first", "def f(/, a): pass\n"),
    ("slash_twice", "def f(a, /, b, /): pass\n"),
    ("slash_after_star", "def f(*a, /): pass\n"),
    ("star_default", "def f(*a=1): pass\n"),
    ("kwarg_default", "def f(**a=1): pass\n"),
    ("walrus_attr", "(a.b := 1)\n"),
    ("walrus_subscript", "(a[0] := 1)\n"),
    ("walrus_tuple", "((a, b) := 1)\n"),
    ("walrus_toplevel", "a := 1\n"),
    ("lambda_annotation", "lambda x: int: x\n"),
    ("lambda_star_default", "lambda *a=1: 0\n"),
    ("did_you_mean_eq", "if x = 1:\n    pass\n"),
    ("did_you_mean_eq_while", "while x = 1:\n    pass\n"),
    ("forgot_comma", "x = [1 2]\n"),
    ("forgot_comma_call", "f(a b)\n"),
    ("print_statement", "print 'hello'\n"),
    ("exec_statement", "exec 'x'\n"),
    ("ok_star_expr_statement", "*a\n"),
    ("ok_star_assign_target", "*a = 1\n"),
    ("double_star_list", "[**a]\n"),
    ("star_in_subscript_del", "del *a\n"),
    ("expected_else_in_ifexp", "x = 1 if y\n"),
    ("invalid_character", "x = 1 \u20ac 2\n"),
    ("nonprintable_char", "x = 1\x01\n"),
    ("continuation_char", "x = 1 \\ 2\n"),
    ("eof_continuation", "x = 1 + \\\n"),
    ("generator_unparenthesized", "f(x for x in y, 1)\n"),
    ("comprehension_star", "[*x for x in y]\n"),
    ("dict_comprehension_unpack", "{**x for x in y}\n"),
    ("try_without_except", "try:\n    pass\nx = 1\n"),
    ("except_star_and_plain", "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n"),
    ("except_star_bare", "try:\n    pass\nexcept*:\n    pass\n"),
    ("except_multiple_unparenthesized", "try:\n    pass\nexcept A, B:\n    pass\n"),
    ("else_without_if", "else:\n    pass\n"),
    ("elif_after_else", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n"),
    ("with_star", "with *a: pass\n"),
    ("import_from_trailing_comma", "from x import a,\n"),
    ("import_relative_dotted_star", "from . import *, a\n"),
    ("global_assign", "global x = 1\n"),
    ("annotated_tuple", "a, b: int\n"),
    ("annotated_list", "[a]: int = 1\n"),
    ("aug_assign_tuple", "a, b += 1\n"),
    ("match_bad_pattern", "match x:\n    case f():\n        pass\n    case 1 + :\n        pass\n"),
    ("ok_match_two_stars", "match x:\n    case [*a, *b]:\n        pass\n"),
    ("match_mapping_rest_not_last", "match x:\n    case {**r, 'a': 1}:\n        pass\n"),
    ("match_kw_then_pos", "match x:\n    case C(a=1, b):\n        pass\n"),
    ("decorator_no_def", "@d\nx = 1\n"),
    ("async_not_def", "async x = 1\n"),
    ("invalid_syntax_def_default", "def f(x=(yield):\n    pass\n"),
    ("class_bad_bases", "class C(x for x in y): pass\n"),
    ("chained_assign_expression", "x = y = z += 1\n"),
    ("missing_expression_after_operator", "x = 1 * \n"),
    ("dict_missing_value", "d = {1:}\n"),
    ("dict_missing_value_2", "d = {1: 2, 3}\n"),
    ("ok_subscript_star", "x[*a] = 1\n"),
    ("trailing_comma_import", "import a,\n"),
    ("stray_backtick", "x = `a`\n"),
    ("nul_byte", "x = 1\x00\n"),
    ("bom_then_bad", "\ufeffx = = 1\n"),
    ("crlf_bad", "x = 1\r\ny = = 2\r\n"),
    ("unclosed_at_eof_def", "def f(a,\n"),
    ("lambda_default_walrus", "lambda x:=1: x\n"),
    ("assert_trailing_comma", "assert x,\n"),
    ("raise_from_without_exc", "raise from e\n"),
    ("nonlocal_no_names", "nonlocal\n"),
    ("invalid_keyword_arg_expression", "f(a.b=1)\n"),
    ("invalid_keyword_arg_call", "f(g()=1)\n"),
    ("ok_for_two_stars", "for *a, *b in c: pass\n"),
    ("bad_dedent_eof", "if x:\n    a\n  b\n"),
    ("string_prefix_invalid", "x = bu'a'\n"),
    ("tab_error_3", "if x:\n        pass\n\tpass\n"),
    ("bad_utf8", b"x = '\xff'\n"),
    ("unknown_encoding", b"# coding: foo\nx = 1\n"),
    ("bom_with_latin1_cookie", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
    ("fstring_nested_too_deeply", "f'{x:{y:{z}}}'\n"),
    ("fstring_missing_conversion", "f'{x!}'\n"),
    ("unexpected_indent_after_comment", "x = 1\n  # c\n y = 2\n"),
    ("unindent_after_bracket", "if True:\n    x = (\n  1)\n  y = 2\n"),
    ("forgot_comma_strings", "print(\"a\" \"b\" c)\n"),
    ("ifexp_missing_orelse", "x = 1 if 2 else\n"),
    ("leading_zeros_underscore", "0_7\n"),
    ("double_underscore_number", "1__0\n"),
    ("bad_exponent", "1e\n"),
    ("bad_exponent_sign", "1.e+\n"),
    ("empty_hex", "0x\n"),
    ("malformed_named_escape", "\"\\N{\"\n"),
    ("import_as_missing_name", "import a.b as\n"),
    ("kwargs_no_name", "def f(**):pass\n"),
    ("class_pos_after_kw", "class A(metaclass=M, x): pass\n"),
    ("await_assign", "await = 1\n"),
    ("assign_method_call", "a.b.c() = 1\n"),
    ("assign_yield", "(yield) = 1\n"),
    ("starred_parenthesized", "(*a)\n"),
    ("dict_unpack_missing", "x = {1: 2, **}\n"),
    ("slice_four_parts", "a[1:2:3:4]\n"),
    ("type_params_311", "def f[T](): pass\n"),
    ("type_statement_311", "type X = int\n"),
    ("unary_missing_operand", "x = not\n"),
    ("lone_backslash", "\\\n"),
    ("except_as_attr", "try:\n  pass\nexcept E as e.f:\n  pass\n"),
    ("mix_bytes_str", "u\"a\" b\"b\"\n"),
    ("mix_bytes_str_2", "b\"a\" \"b\"\n"),
    ("generator_trailing_comma", "f(x for x in y, )\n"),
    ("bare_star_trailing_comma", "def f(a, *, b): pass\ndef g(*,): pass\n"),
    ("annotated_parenthesized_tuple", "(a, b): int\n"),
    ("del_tuple_call", "del (a, f())\n"),
    ("del_binop", "del a + b\n"),
    ("else_bad_dedent", "for x in range(10):\n    pass\n  else: pass\n"),
    ("ok_duplicate_params_is_compile_error", "def f(a, a): pass\n"),
    ("ok_return_outside_function_is_compile_error", "return 1\n"),
    ("ok_parenthesized_with", "with (a as b, c as d): pass\n"),
    ("ok_nested_parens_200", "x = " + "(" * 200 + "1" + ")" * 200 + "\n"),
]


def golden(src):
    if isinstance(src, str):
        src = src.encode("utf-8")
    try:
        ast.parse(src, "<golden>")
    except SyntaxError as e:
        msg = str(e.msg)
        assert "\n" not in msg, msg
        check = any(re.fullmatch(p, msg) for p in REQUIRED_MESSAGES)
        return src, ("type: %s\nlineno: %d\noffset: %d\nend_lineno: %d\nend_offset: %d\nmsg: %s\ncheck_msg: %s\n" % (
            type(e).__name__, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0,
            msg, "yes" if check else "no"))
    return src, "type: OK\n"


def main():
    check = sys.argv[1:] == ["--check"]
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "..", "testdata", "syntax")
    names = [n for n, _ in CASES]
    if len(set(names)) != len(names):
        sys.exit("gen_syntax.py: duplicate case names")
    stale = []
    if not check:
        os.makedirs(outdir, exist_ok=True)
    for name, src in CASES:
        src, err = golden(src)
        for ext, data in ((".py", src), (".err", err.encode())):
            path = os.path.join(outdir, name + ext)
            if check:
                try:
                    with open(path, "rb") as f:
                        old = f.read()
                except OSError:
                    old = None
                if old != data:
                    stale.append("%s: %s" % (name + ext, "missing" if old is None else
                                             "differs (python3 now says %r)" % data.decode("utf-8", "replace")))
            else:
                with open(path, "wb") as f:
                    f.write(data)
    if check:
        known = set(names)
        for f in sorted(os.listdir(outdir)):
            base, ext = os.path.splitext(f)
            if ext in (".py", ".err") and base not in known:
                stale.append("%s: not generated by gen_syntax.py" % f)
        if stale:
            print("\n".join(stale))
            sys.exit(1)
        print("%d goldens up to date" % len(CASES))


if __name__ == "__main__":
    main()
