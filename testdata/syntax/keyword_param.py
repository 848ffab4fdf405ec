def f(if): pass
