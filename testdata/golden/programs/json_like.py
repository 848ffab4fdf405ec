# A recursive pretty-printer for nested data, using isinstance dispatch.
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    return repr(value)
data = {"name": "minipy", "version": [3, 11], "stable": False, "tags": ("vm", "go"),
        "deps": {}, "meta": {"authors": ["a", "b"], "quote": 'say "hi"', "score": 9.5, "none": None}}
print(dump(data))
