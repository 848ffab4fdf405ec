for f, a in [("%(x)s %s", {'x': 1}), ("%s %(x)s", {'x': 1}), ("%(x)*d|", {'x': 1}), ("%(x)*d|", {'x': (1,)}), ("%(x)s %(y)s", {'x': 1, 'y': 2}), ("%s", {'x': 1}), ("%s %s", {'x': 1}), ("%(x).*f", {'x': 2})]:
    for form in (f, f.encode()):
        try: print(repr(form % a))
        except Exception as e: print(type(e).__name__, e)
