# platform: the system and interpreter identity (only machine-independent facts printed).
import platform, sys
print(platform.system(), platform.machine(), platform.release() == __import__('os').uname().release, platform.python_version_tuple()[:2], platform.python_version().startswith('3.11.'))
print(platform.uname().system, platform.uname()[4], len(platform.uname()), platform.uname()._fields, platform.node() == __import__('os').uname().nodename)
print(platform.architecture()[0], platform.processor(), type(platform.python_compiler()).__name__, platform.platform().startswith('Linux-'), platform.platform(terse=True).startswith(platform.system()))
print(platform.freedesktop_os_release()['ID'] == platform.freedesktop_os_release()['ID'], type(platform.python_build()).__name__)
u = platform.uname()
print(list(u)[:5] == [u.system, u.node, u.release, u.version, u.machine], u[-1] == u.processor, repr(u).startswith("uname_result(system='Linux', node="))
print(platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3]))
