def fail(x):
    return {"a": 1}[x]
class K:
    def method(self):
        return [i / 0 for i in range(3)]
