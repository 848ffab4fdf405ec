# The time, gc and sys modules: argument forms, errors and values that do
# not depend on the machine or the moment.
import time, sys, gc
cases = r'''
type(time.time()), type(time.time_ns()), type(time.perf_counter()), type(time.perf_counter_ns()), type(time.monotonic()), type(time.monotonic_ns()), type(time.process_time()), type(time.process_time_ns()), type(time.thread_time())
time.sleep(0)
time.sleep(-1)
time.sleep('a')
time.sleep(0.001, 1)
time.sleep()
time.gmtime(0)
time.gmtime(86400 * 365.25 * 30)
time.gmtime(-1)
time.gmtime(1e20)
time.gmtime('a')
tuple(time.gmtime(1700000000))
time.gmtime(1700000000).tm_year, time.gmtime(1700000000).tm_yday, time.gmtime(1700000000).tm_wday, time.gmtime(1700000000).tm_zone, time.gmtime(1700000000).tm_gmtoff
time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000))
time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%', time.gmtime(1700000000))
time.strftime('%e %D %T %F %R %h %n %t %C %g %G %u %V %s'[:0], time.gmtime(0))
time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y', (1, 2))
time.strftime(5)
time.asctime(time.gmtime(1700000000))
time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))
time.mktime(time.localtime(1700000000)) == 1700000000
time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
time.struct_time((1, 2))
time.gmtime(0)[0], time.gmtime(0)[-1], len(time.gmtime(0))
time.gmtime(0) == time.gmtime(0)
time.gmtime(0) < time.gmtime(1)
time.struct_time.n_fields, time.struct_time.n_sequence_fields
time.strptime('2020-03-04', '%Y-%m-%d')[:6]
time.get_clock_info('monotonic').monotonic
time.get_clock_info('x')
gc.isenabled()
gc.collect('a')
gc.get_threshold()
gc.set_threshold(700, 10, 10)
gc.set_threshold(1, 2, 3, 4)
gc.get_threshold()
gc.get_count().__class__
gc.is_tracked([])
gc.is_tracked(1)
gc.is_tracked({})
gc.is_tracked({1: []})
gc.is_tracked(())
gc.is_tracked(([],))
gc.is_finalized(1)
gc.get_debug()
gc.set_debug(0)
type(gc.garbage), type(gc.callbacks)
type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0])
type(gc.get_objects())
gc.get_referrers.__name__
sys.getrecursionlimit()
sys.setrecursionlimit(0)
sys.setrecursionlimit(-5)
sys.setrecursionlimit(1.5)
sys.setrecursionlimit('a')
sys.setrecursionlimit(2**40)
sys.setrecursionlimit(1000)
sys.intern('abc') is sys.intern('ab' + 'c')
sys.intern(1)
sys.intern()
type(sys.getrefcount(object()))
sys.getrefcount()
sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(''), sys.getsizeof(1.0), sys.getsizeof({})
sys.getsizeof(1, 2, 3)
type(sys.getallocatedblocks())
sys.get_int_max_str_digits()
sys.set_int_max_str_digits(100)
int('1' * 101)
str(10 ** 100)
str(10 ** 101)
sys.set_int_max_str_digits(0)
len(str(10 ** 5000))
sys.set_int_max_str_digits(5)
sys.set_int_max_str_digits(-1)
sys.set_int_max_str_digits(maxdigits=4300)
sys.version_info[:2], sys.version_info.releaselevel, sys.version_info > (3, 10), type(sys.version_info)
sys.version_info.major, len(sys.version_info)
sys.implementation.name == 'minipy' or sys.implementation.name == 'cpython'
type(sys.implementation.version), sys.implementation.cache_tag is None or True
sys.maxsize, sys.maxunicode, sys.byteorder
sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig
sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits
sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf
sys.flags.optimize, sys.flags.dont_write_bytecode >= 0
sys.exit.__name__
sys.exc_info()
sys.exception()
type(sys.modules), type(sys.path), type(sys.argv)
sys.stdout.write('x\n')
sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable()
sys.stdout.encoding, sys.stderr.errors
sys.platform
sys.getdefaultencoding(), sys.getfilesystemencoding()
sys.exit(0)
sys.exit(1, 2)
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
    except BaseException as e:
        print(c, '->', type(e).__name__ + ':', e)
    else:
        print(c, '=>', repr(r))
