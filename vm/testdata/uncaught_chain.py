class MyErr(Exception):
    pass
def a():
    try:
        {}["missing"]
    except KeyError:
        raise MyErr("while handling")
a()
