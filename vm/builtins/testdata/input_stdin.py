t(lambda: input())
t(lambda: input('prompt> '))
import sys
t(lambda: sys.stdin.readline())
t(lambda: sys.stdin.read())
t(lambda: input())
