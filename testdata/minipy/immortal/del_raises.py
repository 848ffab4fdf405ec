# An exception in an immortal's __del__ is reported as CPython reports an
# exception in a finalizer, and finalization goes on with the others.
import sys


class Raiser:
    # A callable object as __del__ (not a function, so that the report's
    # repr has no address); not a descriptor, so it is called without self.
    def __call__(self):
        raise ValueError("boom")

    def __repr__(self):
        return "<raiser>"


class Bad:
    __del__ = Raiser()

    def __init__(self, name):
        self.name = name


class Good:
    def __del__(self):
        print("Good.__del__ runs")


sys._immortalize(Bad("first"))
sys._immortalize(Good())
print("end")
