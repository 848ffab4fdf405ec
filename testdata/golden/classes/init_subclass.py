# __init_subclass__: registering subclasses and class keyword arguments.
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class CSV(Plugin, name="csv-reader"):
    pass
class JSON(Plugin):
    pass
class Child(CSV, name="child"):
    pass
print(Plugin.plugins, CSV.plugin_name, JSON.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoHook:
    pass
try:
    class Other(NoHook, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
