# An uncaught error inside a method call chain: the traceback lists every
# frame with its code line and carets.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        return self._check(amount)
    def _check(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        return amount
acct = Account(10)
print(acct.withdraw(5))
acct.withdraw(50)
