# Single inheritance: method overriding, attribute lookup order, isinstance.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"

for a in (Animal("generic"), Dog("Rex"), Puppy("Bit", 1)):
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, p.kind, isinstance(p, Animal), type(p).__name__, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
p.kind = "instance override"
print(p.kind, Puppy.kind, Animal.kind)
del p.kind
print(p.kind)
