# A small bank simulation: classes, exceptions, properties, class state.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer {src.owner}->{dst.owner} failed: {e}")
        return False
    dst.deposit(amount)
    return True
a, b = Account("ann", 100), Account("bob")
print(transfer(a, b, 30), transfer(b, a, 50), transfer(b, a, 30))
print(a, b, a.history, b.history)
for bad in (0, -5):
    try:
        a.deposit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a.balance = 10
except AttributeError as e:
    print(type(e).__name__, e)
