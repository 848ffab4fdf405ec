# An uncaught custom exception with notes-free str: the traceback names
# the class without the __main__ prefix.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
class Form:
    def validate(self, data):
        for field in ("name", "email"):
            if field not in data:
                raise ValidationError(field, "missing")
        return True
print(Form().validate({"name": 1, "email": 2}))
Form().validate({"name": "x"})
