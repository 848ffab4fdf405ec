# An uncaught exception raised `from` another: "The above exception was
# the direct cause" separator.
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("missing setting") from e
print(load({"port": 80}))
load({})
