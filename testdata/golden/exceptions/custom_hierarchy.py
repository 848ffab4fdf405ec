# A custom exception hierarchy: handler order, catching base classes, and
# exceptions carrying data.
class ShopError(Exception):
    """Base of every shop error."""
class PaymentError(ShopError):
    def __init__(self, amount):
        super().__init__(f"payment of {amount} failed")
        self.amount = amount
class CardDeclined(PaymentError):
    pass
class OutOfStock(ShopError, LookupError):
    pass
def order(kind):
    if kind == "declined":
        raise CardDeclined(99)
    if kind == "stock":
        raise OutOfStock("widget")
    if kind == "generic":
        raise ShopError("generic failure")
    return "ok"
for kind in ("fine", "declined", "stock", "generic"):
    try:
        print(order(kind))
    except PaymentError as e:
        print("payment problem:", e, e.amount, type(e).__name__)
    except LookupError as e:
        print("lookup problem:", e, [c.__name__ for c in type(e).__mro__])
    except ShopError as e:
        print("shop problem:", e, ShopError.__doc__)
try:
    order("declined")
except (OutOfStock, CardDeclined) as e:
    print("tuple handler:", type(e).__name__)
print(issubclass(CardDeclined, ShopError), issubclass(OutOfStock, KeyError))
